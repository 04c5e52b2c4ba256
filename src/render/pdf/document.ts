// A pdfkit document set up for a deck: pinned dates (the file ID is derived from
// them, so the bytes only change when the deck does), metadata, language, tagging.
import PDFDocument from "pdfkit";
import type { DeckMeta } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { plainString } from "./plain-string.js";

export const PRODUCER = "kamdeck";

function infoOf(meta: DeckMeta): PDFKit.DocumentInfo {
  const date = new Date(meta.timestamp * 1000);
  const info: PDFKit.DocumentInfo = {
    Title: plainString(meta.title),
    Author: plainString(meta.author),
    Subject: plainString(meta.subject),
    Creator: PRODUCER,
    Producer: PRODUCER,
    CreationDate: date,
    ModDate: date,
  };
  if (meta.keywords) info.Keywords = plainString(meta.keywords);
  return info;
}

export function createDocument(meta: DeckMeta): PdfDoc {
  return new PDFDocument({
    autoFirstPage: false,
    // pdfkit opens a default font in its constructor; it is never drawn, so never
    // embedded, and Courier's metrics (no kerning pairs) are the cheapest to parse.
    font: "Courier",
    margin: 0,
    pdfVersion: "1.7",
    info: infoOf(meta),
    lang: plainString(meta.language),
    displayTitle: true,
    tagged: true,
  });
}

/** Collects the document's bytes; resolves once pdfkit has written the trailer. */
export function collectBytes(doc: PdfDoc): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
}
