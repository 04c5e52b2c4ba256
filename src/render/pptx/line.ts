// Straight lines and connectors. A line shape always runs from the top-left to
// the bottom-right of its box; flips make it run from (x1, y1) to (x2, y2), so
// the arrow head (the tail end) lands on the end point.
import type { LinePrimitive } from "../../layout/types.js";
import type { PptxSlide } from "./context.js";
import { toLineProps } from "./stroke.js";

export function renderLine(slide: PptxSlide, p: LinePrimitive): void {
  const line = toLineProps(p.stroke);
  if (!line) return;
  if (p.arrowEnd) line.endArrowType = "triangle";
  slide.addShape("line", {
    x: Math.min(p.x1, p.x2),
    y: Math.min(p.y1, p.y2),
    w: Math.abs(p.x2 - p.x1),
    h: Math.abs(p.y2 - p.y1),
    flipH: p.x2 < p.x1,
    flipV: p.y2 < p.y1,
    line,
  });
}
