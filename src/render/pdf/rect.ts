import type { RectPrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { paintPathAndRestore, writeRectShape } from "./paint.js";
import { pt } from "./units.js";

export function drawRect(doc: PdfDoc, p: RectPrimitive): void {
  const rounded = !!p.radius && p.radius > 0;
  if (!rounded && writeRectShape(doc, [pt(p.x), pt(p.y), pt(p.w), pt(p.h)], p)) return;
  doc.save();
  if (rounded) doc.roundedRect(pt(p.x), pt(p.y), pt(p.w), pt(p.h), pt(p.radius!));
  else doc.rect(pt(p.x), pt(p.y), pt(p.w), pt(p.h));
  paintPathAndRestore(doc, p);
}
