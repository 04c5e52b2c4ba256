// A side panel of the method slides: a calm surface box with a heading in the
// primary colour and a body of text or bullets that the text engine fits.
import type { LayoutContext } from "./context.js";
import type { Primitive } from "./types.js";
import { lineHeightFor } from "./text-kit.js";
import { withFields } from "./with-fields.js";

export interface SidePanelInput {
  /** Inches. */
  x: number;
  y: number;
  w: number;
  h: number;
  heading: string;
  paragraphs: Array<{ text: string; bullet?: boolean; bold?: boolean }>;
  field?: string;
  where?: string;
  /** Draws the heading in the accent colour instead of the primary one. */
  accent?: boolean;
  /** Points: the body text's size (default the theme's body size); short texts on a roomy slide read larger. */
  size?: number;
}

/** Inches: inner padding of the panel. */
const PAD = 0.12;

/** Inches; the heading reads at the body size, or at the panel's larger text size so it never sits under its text. */
export function sidePanelHeadingHeight(ctx: LayoutContext, size?: number): number {
  return lineHeightFor(headingSize(ctx, size)) / 72 + 0.08;
}

export function layoutSidePanel(ctx: LayoutContext, p: SidePanelInput): Primitive[] {
  const { colors, sizes } = ctx.theme;
  const hh = sidePanelHeadingHeight(ctx, p.size);
  const out: Primitive[] = [{ type: "rect", x: p.x, y: p.y, w: p.w, h: p.h, fill: colors.surface, radius: 0.06 }];
  out.push(
    ctx.text({ x: p.x + PAD, y: p.y + PAD, w: p.w - 2 * PAD, h: hh, paragraphs: [{ text: p.heading }], bold: true, padding: 0.02, color: p.accent ? colors.accent : colors.primary, ellipsis: true, role: "label", size: headingSize(ctx, p.size) }).primitive,
  );
  const bodyY = p.y + PAD + hh + 0.04;
  const bodyH = p.y + p.h - PAD - bodyY;
  if (p.paragraphs.length && bodyH > 0.2) {
    out.push(
      ctx.text({
        x: p.x + PAD,
        y: bodyY,
        w: p.w - 2 * PAD,
        h: bodyH,
        paragraphs: p.paragraphs.map((q, i) => (withFields(q, { spaceBefore: i ? 4 : undefined }))),
        size: p.size ?? sizes.body,
        padding: 0.02,
        ellipsis: true,
        role: "body",
        field: p.field,
        where: p.where,
      }).primitive,
    );
  }
  return out;
}

/** Height (inches) a panel needs for its content at the body size, at most `max`. */
export function sidePanelHeight(ctx: LayoutContext, p: Omit<SidePanelInput, "x" | "y" | "h">, max: number): number {
  const hh = sidePanelHeadingHeight(ctx, p.size);
  if (!p.paragraphs.length) return Math.min(max, 2 * PAD + hh);
  const probe = ctx.text({ x: 0, y: 0, w: p.w - 2 * PAD, h: 100, paragraphs: p.paragraphs.map((q, i) => (withFields(q, { spaceBefore: i ? 4 : undefined }))), size: p.size ?? ctx.theme.sizes.body, padding: 0.02 });
  return Math.min(max, 2 * PAD + hh + 0.04 + probe.result.height + 0.02);
}

/**
 * Points: the largest of `tries` (default: the subtitle size) at which every panel,
 * stacked with gutters, fits `room` inches; else the body size.
 */
export function roomyPanelSize(ctx: LayoutContext, panels: Array<Omit<SidePanelInput, "x" | "y" | "h">>, room: number, tries: number[] = [ctx.theme.sizes.subtitle]): number {
  const gaps = ctx.grid.gutter * (panels.length - 1);
  const fits = (size: number): boolean => panels.reduce((s, p) => s + sidePanelHeight(ctx, withFields(p, { size }), 100), 0) + gaps <= room;
  return tries.find(fits) ?? ctx.theme.sizes.body;
}

/** Points: a panel heading reads at the body size, up to the subtitle size beside larger text. */
function headingSize(ctx: LayoutContext, size?: number): number {
  return Math.min(ctx.theme.sizes.subtitle, Math.max(ctx.theme.sizes.body, size ?? 0));
}
