// The overdue marker: a small warning triangle in the danger colour. Drawn as a
// polygon because Carlito has no ⚠ or ▲ glyph, and repeated in a legend with
// the word "en retard" / "overdue", so the marker is explained, not guessed.
import type { Primitive, PolygonPrimitive } from "./types.js";
import type { LayoutContext } from "./context.js";

/** Inches: side of the marker triangle. */
const MARKER = 0.13;
/** Inches kept after an overdue date for the marker. */
export const MARKER_ROOM = 0.24;
/** Inches: height of the legend line under a table. */
export const LEGEND_H = 0.36;

/** A triangle starting `0.06` in after `x`, vertically centred in `y .. y+h` (inches). */
export function overdueMarker(ctx: LayoutContext, p: { x: number; y: number; h: number }): PolygonPrimitive {
  const x = p.x + 0.06;
  const top = p.y + (p.h - MARKER) / 2;
  return {
    type: "polygon",
    points: [
      { x: x + MARKER / 2, y: top },
      { x: x + MARKER, y: top + MARKER },
      { x, y: top + MARKER },
    ],
    fill: ctx.theme.colors.danger,
  };
}

export function layoutOverdueLegend(ctx: LayoutContext, p: { x: number; y: number; label: string }): Primitive[] {
  const h = LEGEND_H - 0.08;
  return [
    overdueMarker(ctx, { x: p.x - 0.06, y: p.y, h }),
    ctx.text({ x: p.x + MARKER + 0.04, y: p.y, w: 4, h, padding: 0.02, paragraphs: [{ text: p.label }], size: ctx.theme.sizes.small, color: ctx.theme.colors.danger, valign: "middle", role: "caption" }).primitive,
  ];
}
