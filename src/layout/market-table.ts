// The market table of the general-information slide: segment, volume, value,
// trend. Numbers right-aligned; the trend is signed text in a meaning colour
// with an up or down triangle beside it, so colour is never the only carrier.
import type { AccountSlide } from "../deck/types.js";
import type { Primitive } from "./types.js";
import type { LayoutContext } from "./context.js";
import { CELL_PAD, measureTable, tablePrimitive, rowsHeight } from "./table.js";
import { lineHeightFor } from "./text-kit.js";

type Market = NonNullable<AccountSlide["market"]>;
/** Inches: side of the trend triangle and the room kept for it left of the figure. */
const ARROW = 0.11;
const ARROW_ROOM = 0.2;

function trendColor(ctx: LayoutContext, trend: "up" | "down" | "flat" | undefined): string {
  const { colors } = ctx.theme;
  if (trend === "up") return colors.relationship.strong;
  if (trend === "down") return colors.danger;
  return colors.muted;
}

export function layoutMarketTable(ctx: LayoutContext, p: { market: Market; x: number; y: number; w: number }): { primitives: Primitive[]; bottom: number } {
  const [segment, volume, value, trend] = p.market.columns;
  // A figure column no row fills (no volumes given, say) would only be an empty stripe: leave it out.
  const filled = (i: number) => p.market.rows.some((r) => (r.cells[i] ?? "").trim() !== "");
  const figures = [
    { spec: { header: volume, align: "right" as const, min: 1.2, max: 2.4 }, index: 1 },
    { spec: { header: value, align: "right" as const, min: 1.1, max: 2.2 }, index: 2 },
  ].filter((f) => filled(f.index));
  const withTrend = filled(3);
  const table = measureTable(ctx, {
    width: p.w,
    columns: [{ header: segment, grow: 1, min: 1.8 }, ...figures.map((f) => f.spec), ...(withTrend ? [{ header: trend, align: "right" as const, min: 1.1, max: 1.8 }] : [])],
    rows: p.market.rows.map((r) => [
      r.cells[0],
      ...figures.map((f) => r.cells[f.index] ?? ""),
      ...(withTrend ? [{ text: r.cells[3] ?? "", color: trendColor(ctx, r.trend), bold: true, reserve: r.trend && r.trend !== "flat" ? ARROW_ROOM : 0 }] : []),
    ]),
  });
  const out: Primitive[] = [tablePrimitive(ctx, { x: p.x, y: p.y, table, rows: table.rows })];
  // The trend is the last column: its figures end at the table's right edge, less the cell padding.
  const trendRight = p.x + table.columns.reduce((s, w) => s + w, 0) - CELL_PAD;
  let y = p.y + table.header.h;
  p.market.rows.forEach((r, i) => {
    const text = r.cells[3] ?? "";
    if (withTrend && r.trend && r.trend !== "flat" && text) {
      const textW = ctx.fonts.measure(text, { size: table.size, bold: true }) / 72;
      const band = lineHeightFor(table.size) / 72 + 2 * CELL_PAD;
      out.push(trendArrow(ctx, { x: trendRight - textW - ARROW - 0.06, y: y + (band - ARROW) / 2, up: r.trend === "up", color: trendColor(ctx, r.trend) }));
    }
    y += table.rows[i].h;
  });
  return { primitives: out, bottom: p.y + table.header.h + rowsHeight(table.rows) };
}

function trendArrow(_ctx: LayoutContext, a: { x: number; y: number; up: boolean; color: string }): Primitive {
  const points = a.up
    ? [{ x: a.x + ARROW / 2, y: a.y }, { x: a.x + ARROW, y: a.y + ARROW }, { x: a.x, y: a.y + ARROW }]
    : [{ x: a.x, y: a.y }, { x: a.x + ARROW, y: a.y }, { x: a.x + ARROW / 2, y: a.y + ARROW }];
  return { type: "polygon", points, fill: a.color };
}
