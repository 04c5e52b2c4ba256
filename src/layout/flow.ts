// Helpers for slides that stack blocks top to bottom in a column: a text box is
// laid out in the room left, then trimmed to the height its lines take, so the
// next block starts one small gap below it.
import type { TextPrimitive } from "./types.js";
import type { LayoutContext, TextInput } from "./context.js";
import { lineHeightFor } from "./text-kit.js";
import { withFields } from "./with-fields.js";

/** Inches between stacked blocks of one column. */
export const BLOCK_GAP = 0.22;

/** Lays out `input` in at most `input.h` inches and trims the box to its content. */
export function flowText(ctx: LayoutContext, input: TextInput): TextPrimitive {
  const { primitive, result } = ctx.text(withFields(input, { ellipsis: input.ellipsis ?? true }));
  return withFields(primitive, { h: Math.min(primitive.h, result.height + 0.005) });
}

/** A section heading (bold, primary colour, body size) at the top of a block; returns its height (inches). */
export function blockHeading(ctx: LayoutContext, p: { x: number; y: number; w: number; text: string }): TextPrimitive {
  const size = ctx.theme.sizes.body;
  const h = lineHeightFor(size) / 72 + 0.08;
  return ctx.text({ x: p.x, y: p.y, w: p.w, h, padding: 0.04, paragraphs: [{ text: p.text }], size, bold: true, color: ctx.theme.colors.primary, ellipsis: true, role: "label" }).primitive;
}

/** Bottom edge (inches) of a primitive with a box. */
export function bottomOf(p: { y: number; h: number }): number {
  return p.y + p.h;
}
