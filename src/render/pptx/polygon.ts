// Closed polygons (diamonds, triangles) as a custom geometry: the shape's box is
// the points' bounding box and the path is written relative to its corner.
import type { PolygonPrimitive } from "../../layout/types.js";
import type { SlideContext } from "./context.js";
import { frameFromInches, nextShapeName, writeShape } from "./shape-xml.js";
import { fillXml, lineXml } from "./stroke.js";
import { sizeToEmu } from "./units.js";

export function renderPolygon(p: PolygonPrimitive, ctx: SlideContext): void {
  if (p.points.length < 2) return;
  const xs = p.points.map((pt) => pt.x);
  const ys = p.points.map((pt) => pt.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  const frame = frameFromInches(x, y, Math.max(...xs) - x, Math.max(...ys) - y);
  let path = "";
  p.points.forEach((pt, i) => {
    const at = `<a:pt x="${sizeToEmu(pt.x - x)}" y="${sizeToEmu(pt.y - y)}" />`;
    path += i === 0 ? `<a:moveTo>${at}</a:moveTo>` : `<a:lnTo>${at}</a:lnTo>`;
  });
  const custom =
    '<a:custGeom><a:avLst /><a:gdLst></a:gdLst><a:ahLst /><a:cxnLst></a:cxnLst><a:rect l="l" t="t" r="r" b="b" /><a:pathLst>' +
    `<a:path w="${frame.cx}" h="${frame.cy}">${path}<a:close /></a:path></a:pathLst></a:custGeom>`;
  writeShape(ctx, { frame, geometry: { custom }, fill: fillXml(p.fill), line: lineXml(p.stroke), name: nextShapeName(ctx, "Shape") });
}
