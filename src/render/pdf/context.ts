// What every primitive drawer receives besides the document: the font stack the
// layout measured with, per-document font registration and the structure tagger.
import type { FontSegment, FontStack } from "../../fonts/index.js";
import type { PdfTagger } from "./structure.js";
import type { DocumentImage } from "./image-cache.js";
import { embeddableFont } from "./embeddable-font.js";
import { subsetProgram } from "./font-program-memo.js";
import { encodeTtfSubset, type TtfSubsetInternals } from "./ttf-subset.js";

export type PdfDoc = PDFKit.PDFDocument;

/** The stack the layout measured with; its segments name the file that draws each run. */
export type PdfFontStack = FontStack;
export type FontRun = FontSegment;

export interface PdfRenderContext {
  stack: PdfFontStack;
  /** Selects the run's font file on the document, registering it on first use. */
  useFont(doc: PdfDoc, run: FontRun): void;
  tags: PdfTagger;
  /** The document's image object for a file prepared before drawing. */
  imageFor(path: string): DocumentImage;
}

/**
 * Registers each font file once per document under its stable key, passing a
 * fontkit font parsed once per process: pdfkit then neither re-reads nor re-parses it.
 * Keys are registered in first-use order, so the F1, F2... ids (from which pdfkit
 * derives the subset tags such as "BAAAAA+") are the same on every rebuild.
 */
export function createFontRegistry(): (doc: PdfDoc, run: FontRun) => void {
  const registered = new Set<string>();
  // The key of the last doc.font() call and the font it selected: most runs
  // follow a run in the same font, and selecting it again changes nothing.
  let lastKey: string | undefined;
  let lastFont: unknown;
  return (doc, run) => {
    const d = doc as unknown as { _font: unknown };
    if (run.key === lastKey && d._font === lastFont) return;
    if (!registered.has(run.key)) {
      // pdfkit 0.20.2 accepts any object with a layout() method as a font source; its types do not say so.
      doc.registerFont(run.key, embeddableFont(run.file) as unknown as Buffer);
      registered.add(run.key);
      doc.font(run.key);
      shareSubsetPrograms(doc, run.file.path);
    } else doc.font(run.key);
    lastKey = run.key;
    lastFont = d._font;
  };
}

/**
 * Lets the current font's subset come from the process-wide memo when the same
 * glyphs were encoded before, and be encoded from per-glyph parts otherwise.
 */
function shareSubsetPrograms(doc: PdfDoc, fontPath: string): void {
  const subset = (doc as unknown as { _font?: { subset?: TtfSubsetInternals } })._font?.subset;
  if (!subset || typeof subset.encode !== "function" || !Array.isArray(subset.glyphs)) return;
  const fontkitEncode = subset.encode.bind(subset);
  subset.encode = () => subsetProgram(fontPath, subset.glyphs, () => encodeTtfSubset(subset, fontkitEncode));
}
