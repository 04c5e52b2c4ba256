// Closed polygons (diamonds, triangles) as a custom geometry: the shape's box is
// the points' bounding box and the path is written relative to its corner.
import type { PolygonPrimitive } from "../../layout/types.js";
import type { PptxSlide } from "./context.js";
import type { ShapeName } from "./pptxgen.js";
import { toFillProps, toLineProps } from "./stroke.js";

export function renderPolygon(slide: PptxSlide, p: PolygonPrimitive): void {
  if (p.points.length < 2) return;
  const xs = p.points.map((pt) => pt.x);
  const ys = p.points.map((pt) => pt.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  const points = [...p.points.map((pt) => ({ x: pt.x - x, y: pt.y - y })), { close: true as const }];
  // pptxgenjs supports custom geometry but its typings omit the name.
  slide.addShape("custGeom" as ShapeName, {
    x,
    y,
    w: Math.max(...xs) - x,
    h: Math.max(...ys) - y,
    points,
    fill: toFillProps(p.fill),
    line: toLineProps(p.stroke),
  });
}
