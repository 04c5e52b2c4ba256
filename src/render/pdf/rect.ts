import type { RectPrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { paintPath } from "./paint.js";
import { pt } from "./units.js";

export function drawRect(doc: PdfDoc, p: RectPrimitive): void {
  doc.save();
  if (p.radius && p.radius > 0) doc.roundedRect(pt(p.x), pt(p.y), pt(p.w), pt(p.h), pt(p.radius));
  else doc.rect(pt(p.x), pt(p.y), pt(p.w), pt(p.h));
  paintPath(doc, p);
  doc.restore();
}
