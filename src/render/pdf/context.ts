// What every primitive drawer receives besides the document: the font stack the
// layout measured with, per-document font registration and the structure tagger.
import type { PdfTagger } from "./structure.js";

export type PdfDoc = PDFKit.PDFDocument;

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
}

/** One run of a string drawn by a single font file (the shape src/fonts returns). */
export interface FontRun {
  text: string;
  key: string;
  file: { key: string; font: unknown };
}

/** The subset of src/fonts' FontStack the renderer needs. */
export interface PdfFontStack {
  segment(text: string, style?: RunStyle): FontRun[];
  /** Advance width in points. */
  measure(text: string, style: RunStyle & { size: number }): number;
  missing(text: string, style?: RunStyle): string[];
}

export interface PdfRenderContext {
  stack: PdfFontStack;
  /** Selects the run's font file on the document, registering it on first use. */
  useFont(doc: PdfDoc, run: FontRun): void;
  tags: PdfTagger;
}

/**
 * Registers each font file once per document under its stable key, passing the
 * already-parsed fontkit font: pdfkit then neither re-reads nor re-parses it.
 * Keys are registered in first-use order, so the F1, F2... ids (from which pdfkit
 * derives the subset tags such as "BAAAAA+") are the same on every rebuild.
 */
export function createFontRegistry(): (doc: PdfDoc, run: FontRun) => void {
  const registered = new Set<string>();
  return (doc, run) => {
    if (!registered.has(run.key)) {
      // pdfkit 0.20.2 accepts any object with a layout() method as a font source; its types do not say so.
      doc.registerFont(run.key, run.file.font as Buffer);
      registered.add(run.key);
    }
    doc.font(run.key);
  };
}
