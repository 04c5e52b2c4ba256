// The status pill: a small rounded badge filled with the status colour and
// carrying the status word, so colour is never the only carrier of meaning.
// Its text colour is whichever of white or the text colour meets 4.5:1.
import type { ActionStatus } from "../plan/schema.js";
import type { TextPrimitive } from "./types.js";
import type { LayoutContext } from "./context.js";
import { lineHeightFor } from "./text-kit.js";
import { readableOn } from "./color.js";

/** Inches of vertical padding inside the pill. */
const PILL_PAD = 0.03;
/** Inches of air either side of the word. */
const PILL_SIDE = 0.12;

/** Points: the small size, but one point under the text of a denser table so the pill keeps air in its row. */
export function pillFontSize(ctx: LayoutContext, tableSize = Infinity): number {
  return Math.max(ctx.theme.sizes.min, Math.min(ctx.theme.sizes.small, tableSize - 1));
}

/** Width and height (inches) of the pill for `label` at `size` points (default pillFontSize). */
export function pillSize(ctx: LayoutContext, label: string, size = pillFontSize(ctx)): { w: number; h: number } {
  return { w: ctx.fonts.measure(label, { size, bold: true }) / 72 + 2 * PILL_SIDE + 0.02, h: lineHeightFor(size) / 72 + 2 * PILL_PAD };
}

/** A pill left-aligned at `x`, vertically centred in the band `y .. y+h` (inches). */
export function statusPill(ctx: LayoutContext, p: { status: ActionStatus; label: string; x: number; y: number; h: number; size?: number }): TextPrimitive {
  const size = p.size ?? pillFontSize(ctx);
  const { w, h } = pillSize(ctx, p.label, size);
  const fill = ctx.theme.colors.status[p.status];
  return ctx.text({
    x: p.x,
    y: p.y + (p.h - h) / 2,
    w,
    h,
    padding: PILL_PAD,
    paragraphs: [{ text: p.label }],
    size,
    bold: true,
    color: readableOn(fill, ["#FFFFFF", ctx.theme.colors.text]),
    fill,
    radius: h / 2,
    align: "center",
    valign: "middle",
    role: "label",
  }).primitive;
}
