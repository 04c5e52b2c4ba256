// A pdfkit document set up for a deck: pinned dates (the file ID is derived from
// them, so the bytes only change when the deck does), metadata, language, tagging.
import PDFDocument from "pdfkit";
import type { DeckMeta } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { plainString } from "./plain-string.js";
import { installFastWrites } from "./fast-writes.js";

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

/** What each document wrote after its constructor, in order (see fast-writes.ts). */
const sinks = new WeakMap<PdfDoc, Uint8Array[]>();

export function createDocument(meta: DeckMeta): PdfDoc {
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default font: pdfkit would parse a standard font's metrics (AFM text)
    // for every document, only to never draw, never embed it (see below).
    font: null as unknown as string,
    margin: 0,
    pdfVersion: "1.7",
    info: infoOf(meta),
    lang: plainString(meta.language),
    displayTitle: true,
    tagged: true,
  });
  // The default font pdfkit used to open (Courier) took the id F1, and the ids
  // name the subset tags ("BAAAAA+"...): the deck's fonts keep F2, F3... so the
  // files keep their bytes.
  (doc as unknown as { _fontCount: number })._fontCount = 1;
  const sink: Uint8Array[] = [];
  installFastWrites(doc, sink);
  sinks.set(doc, sink);
  return doc;
}

/**
 * Collects the document's bytes; resolves once pdfkit has written the trailer.
 * The stream only carries what the constructor wrote (the header); the rest is in the sink.
 */
export function collectBytes(doc: PdfDoc): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat([...chunks, ...(sinks.get(doc) ?? [])]))));
    doc.on("error", reject);
  });
}
