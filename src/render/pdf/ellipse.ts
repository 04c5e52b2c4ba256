import type { EllipsePrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { paintPathAndRestore } from "./paint.js";
import { pt } from "./units.js";

export function drawEllipse(doc: PdfDoc, p: EllipsePrimitive): void {
  doc.save();
  doc.ellipse(pt(p.x + p.w / 2), pt(p.y + p.h / 2), pt(p.w / 2), pt(p.h / 2));
  paintPathAndRestore(doc, p);
}
