// Straight lines and connectors. A line shape always runs from the top-left to
// the bottom-right of its box; flips make it run from (x1, y1) to (x2, y2), so
// the arrow head (the tail end) lands on the end point.
import type { LinePrimitive } from "../../layout/types.js";
import type { SlideContext } from "./context.js";
import { frameFromInches, nextShapeName, writeShape, type Frame } from "./shape-xml.js";
import { hasStroke, lineXml } from "./stroke.js";

export function renderLine(p: LinePrimitive, ctx: SlideContext): void {
  // A line without stroke draws nothing: no shape at all.
  if (!hasStroke(p.stroke)) return;
  const frame: Frame = frameFromInches(Math.min(p.x1, p.x2), Math.min(p.y1, p.y2), Math.abs(p.x2 - p.x1), Math.abs(p.y2 - p.y1));
  frame.flipH = p.x2 < p.x1;
  frame.flipV = p.y2 < p.y1;
  writeShape(ctx, {
    frame,
    geometry: { preset: "line" },
    fill: "<a:noFill/>",
    line: lineXml(p.stroke, { arrowEnd: p.arrowEnd }),
    name: nextShapeName(ctx, "Shape"),
  });
}
