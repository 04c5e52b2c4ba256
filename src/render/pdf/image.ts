import type { ImagePrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { pt } from "./units.js";

/** The layout already fitted the image into its box, so it is drawn at exactly w x h. */
export function drawImage(doc: PdfDoc, p: ImagePrimitive): void {
  doc.image(p.path, pt(p.x), pt(p.y), { width: pt(p.w), height: pt(p.h) });
}
