// Entry point of the PPTX backend: replays a DeckLayout with pptxgenjs and
// decides nothing (no wrapping, no sizing, no placement), then repairs and pins
// the package in post-processing.
import type { DeckLayout } from "../../layout/types.js";
import type { RenderContext, SlideRecord } from "./context.js";
import { renderPrimitive } from "./dispatch.js";
import { loadImages } from "./load-images.js";
import { postprocessPptx } from "./postprocess.js";
import { escapeXml } from "./postprocess/xml-escape.js";
import { PptxGen } from "./pptxgen.js";
import { toHex } from "./units.js";
import { writeParts } from "./write-parts.js";

const LAYOUT_NAME = "KAMDECK";

export async function renderPptx(layout: DeckLayout): Promise<Uint8Array> {
  const images = await loadImages(layout);
  const pptx = new PptxGen();
  pptx.defineLayout({ name: LAYOUT_NAME, width: layout.width, height: layout.height });
  pptx.layout = LAYOUT_NAME;
  // Text typed later in PowerPoint gets the deck's font rather than the Office default.
  const face = escapeXml(layout.fonts.face);
  pptx.theme = { headFontFace: face, bodyFontFace: face };
  const records: SlideRecord[] = layout.slides.map((slideLayout) => {
    const slide = pptx.addSlide();
    slide.background = { color: toHex(slideLayout.background) };
    const ctx: RenderContext = { pptx, lang: layout.meta.language, images, slide: { paragraphs: [] } };
    for (const primitive of slideLayout.primitives) renderPrimitive(slide, primitive, ctx);
    return ctx.slide;
  });
  return postprocessPptx(await writeParts(pptx), { meta: layout.meta, slides: records });
}
