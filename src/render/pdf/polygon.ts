import type { PolygonPrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { paintPathAndRestore } from "./paint.js";
import { pt } from "./units.js";

export function drawPolygon(doc: PdfDoc, p: PolygonPrimitive): void {
  if (p.points.length < 3) return;
  doc.save();
  doc.polygon(...p.points.map((q): [number, number] => [pt(q.x), pt(q.y)]));
  paintPathAndRestore(doc, p);
}
