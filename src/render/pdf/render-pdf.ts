// The PDF backend: replays a DeckLayout page for page with pdfkit. It decides
// nothing: positions, line breaks, sizes and colours all come from the IR; units
// (inches to points) are converted only in this folder.
import type { DeckLayout, Primitive, SlideLayout } from "../../layout/types.js";
import type { PdfDoc, PdfFontStack, PdfRenderContext } from "./context.js";
import { createFontRegistry } from "./context.js";
import { createDocument, collectBytes } from "./document.js";
import { createTagger } from "./structure.js";
import { addBookmark } from "./outline.js";
import { drawPrimitive } from "./dispatch.js";
import { PdfMissingGlyphsError, PdfRenderError } from "./errors.js";
import { pt } from "./units.js";
import { createImageRegistry } from "./image-cache.js";
import { FontError, getFontStack } from "../../fonts/index.js";
import { fillRect } from "./paint.js";

function drawSlide(doc: PdfDoc, slide: SlideLayout, size: [number, number], ctx: PdfRenderContext): void {
  doc.addPage({ size, margin: 0 });
  addBookmark(doc, slide);
  ctx.tags.beginSlide(doc, slide.title);
  ctx.tags.artifact(doc, () => fillRect(doc, 0, 0, size[0], size[1], slide.background));
  for (const p of slide.primitives) drawPrimitive(doc, p, ctx);
  ctx.tags.endSlide(doc);
}

/** getFontStack caches per process: font files are parsed once, then reused by every document. */
function fontStackOf(layout: DeckLayout): PdfFontStack {
  return getFontStack({ face: layout.fonts.face, twin: layout.fonts.twin, fallbacks: layout.fonts.fallbacks });
}

/** Every image of the deck, charts' included, in drawing order (one array, not one per primitive). */
function imagePaths(primitives: Primitive[], out: string[] = []): string[] {
  for (const p of primitives) {
    if (p.type === "image") out.push(p.path);
    else if (p.type === "chart") imagePaths(p.vector, out);
  }
  return out;
}

export async function renderPdf(layout: DeckLayout): Promise<Uint8Array> {
  const images = createImageRegistry();
  const paths: string[] = [];
  for (const slide of layout.slides) imagePaths(slide.primitives, paths);
  await images.prepare(paths).catch((error: unknown) => {
    throw new PdfRenderError(`could not read an image: ${String(error)}`, { cause: error });
  });
  const doc = createDocument(layout.meta);
  const bytes = collectBytes(doc);
  const ctx: PdfRenderContext = { stack: fontStackOf(layout), useFont: createFontRegistry(), tags: createTagger(doc), imageFor: images.imageFor };
  const size: [number, number] = [pt(layout.width), pt(layout.height)];
  try {
    for (const slide of layout.slides) drawSlide(doc, slide, size, ctx);
  } catch (error) {
    if (error instanceof PdfMissingGlyphsError || error instanceof FontError) throw error;
    throw new PdfRenderError(`could not draw the PDF: ${String(error)}`, { cause: error });
  } finally {
    doc.end();
  }
  return bytes;
}
