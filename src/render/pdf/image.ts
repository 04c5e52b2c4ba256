import type { ImagePrimitive } from "../../layout/types.js";
import type { PdfDoc, PdfRenderContext } from "./context.js";
import { pt } from "./units.js";

/** The layout already fitted the image into its box, so it is drawn at exactly w x h. */
export function drawImage(doc: PdfDoc, p: ImagePrimitive, ctx: PdfRenderContext): void {
  doc.image(ctx.imageFor(p.path) as unknown as Buffer, pt(p.x), pt(p.y), { width: pt(p.w), height: pt(p.h) });
}
