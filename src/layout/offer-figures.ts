// The offer the client should act on first, as three large figures under the
// offers table (investment, expected return, ROI in the accent colour): on a
// solution slide without advice they carry the point the table only lists.
import type { LayoutContext } from "./context.js";
import type { Primitive } from "./types.js";
import { lineHeightFor } from "./text-kit.js";
import { r3 } from "./grid.js";
import { accentInk } from "./contrast.js";

export interface OfferFiguresInput {
  /** Inches. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The offers table's headers and one row: offer, investment, expected return, ROI. */
  columns: string[];
  row: string[];
  /** Names the offer above the figures (when the table has several). */
  caption?: string;
}

/** Inches: the least height worth drawing the figures in. */
export const MIN_FIGURES_H = 1.2;

/** The row whose ROI cell reads highest (cells are formatted: "1 050 %", "58%"); undefined when none has one. */
export function bestOfferRow(rows: string[][]): string[] | undefined {
  let best: { row: string[]; roi: number } | undefined;
  for (const row of rows) {
    const roi = readNumber(row[row.length - 1] ?? "");
    if (Number.isFinite(roi) && (!best || roi > best.roi)) best = { row, roi };
  }
  return best?.row;
}

/** "1 050 %", "1,050%", "12,5 %" or "−20 %" as a number: a comma is decimal only before one or two final digits. */
function readNumber(cell: string): number {
  const s = cell.replace(/−/g, "-").replace(/[^\d,.-]/g, "");
  const decimalComma = /,\d{1,2}$/.test(s);
  return Number.parseFloat(decimalComma ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, ""));
}

export function layoutOfferFigures(ctx: LayoutContext, o: OfferFiguresInput): Primitive[] {
  const { colors, sizes } = ctx.theme;
  const out: Primitive[] = [];
  let y = o.y;
  if (o.caption) {
    const ch = lineHeightFor(sizes.body) / 72 + 0.08;
    out.push(ctx.text({ x: o.x, y: r3(y), w: o.w, h: r3(ch), paragraphs: [{ text: o.caption }], size: sizes.body, bold: true, color: colors.primary, padding: 0.02, ellipsis: true, role: "label" }).primitive);
    y += ch;
  }
  const cells = o.row.slice(1).map((value, i) => ({ label: o.columns[i + 1] ?? "", value, roi: i === o.row.length - 2 })).filter((c) => c.value.trim() !== "");
  const gap = ctx.grid.gutter;
  const w = (o.w - gap * (cells.length - 1)) / Math.max(1, cells.length);
  const h = o.y + o.h - y;
  const labelH = lineHeightFor(sizes.body) / 72 + 0.08;
  const valueH = lineHeightFor(sizes.title + 6) / 72 + 0.06;
  const top = y + (h - labelH - valueH) / 2;
  cells.forEach((c, i) => {
    const x = o.x + i * (w + gap);
    const roi = c.roi;
    out.push({ type: "rect", x: r3(x), y: r3(y), w: r3(w), h: r3(h), fill: colors.surface, radius: 0.06 });
    if (roi) out.push({ type: "rect", x: r3(x), y: r3(y), w: r3(w), h: 0.08, fill: colors.accent });
    out.push(ctx.text({ x: r3(x + 0.12), y: r3(top), w: r3(w - 0.24), h: r3(labelH), paragraphs: [{ text: c.label }], size: sizes.body, color: colors.muted, padding: 0.02, align: "center", ellipsis: true, role: "label" }).primitive);
    out.push(ctx.text({ x: r3(x + 0.12), y: r3(top + labelH), w: r3(w - 0.24), h: r3(valueH), paragraphs: [{ text: c.value }], size: sizes.title + 6, bold: true, color: roi ? accentInk(ctx.theme, colors.surface) : colors.primary, padding: 0.02, align: "center", ellipsis: true, role: "body" }).primitive);
  });
  return out;
}
