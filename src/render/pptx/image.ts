// Images go in as base64 bytes read by us, so pptxgenjs never opens a path or
// fetches a URL itself.
import type { ImagePrimitive } from "../../layout/types.js";
import type { PptxSlide, RenderContext } from "./context.js";
import { PptxRenderError } from "./errors.js";
import { cleanXmlText } from "./sanitize.js";

export function renderImage(slide: PptxSlide, p: ImagePrimitive, ctx: RenderContext): void {
  const data = ctx.images.get(p.path);
  if (!data) throw new PptxRenderError(`image not loaded: ${p.path}`);
  slide.addImage({ data, x: p.x, y: p.y, w: p.w, h: p.h, altText: cleanXmlText(p.alt ?? "") });
}
