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

/**
 * pdfkit's document, except that what its constructor writes (the two header
 * lines) is kept as text instead of being pushed through its Readable stream:
 * every later write goes to a sink (fast-writes.ts), so the stream would carry
 * just those two chunks, at the price of its buffering, a flowing switch and
 * end-of-stream ticks per document. The lines and the offset are pdfkit's:
 * `_write(text)` writes `text + "\n"`, one byte per char.
 */
class DeckDocument extends PDFDocument {
  // `declare`: a class field would be set to undefined after the constructor, losing what it wrote.
  declare _headerLines?: string[];
  _write(data: unknown): void {
    const d = this as unknown as { _offset: number };
    if (data instanceof Uint8Array) throw new Error("pdfkit wrote bytes before the fast writes were installed");
    const text = String(data);
    (this._headerLines ??= []).push(text);
    d._offset += text.length + 1;
  }
}

interface Output {
  sink: Uint8Array[];
  /** Set by collectBytes. */
  done?: (bytes: Uint8Array) => void;
}

/** Where each document's bytes go, in order (see fast-writes.ts), and who waits for them. */
const outputs = new WeakMap<PdfDoc, Output>();

export function createDocument(meta: DeckMeta): PdfDoc {
  const doc = new DeckDocument({
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
  const output: Output = { sink: [] };
  installFastWrites(doc, output.sink, { header: doc._headerLines ?? [], onEnd: () => output.done?.(concatenated(output.sink)) });
  outputs.set(doc, output);
  return doc;
}

/**
 * The chunks in one plain Uint8Array, copied once (a Buffer.concat wrapped in
 * new Uint8Array() copied the whole file twice).
 */
function concatenated(chunks: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Collects the bytes of a document made by createDocument; resolves once
 * pdfkit has written the trailer (all of it went to the document's sink).
 */
export function collectBytes(doc: PdfDoc): Promise<Uint8Array> {
  const output = outputs.get(doc);
  if (!output) return Promise.reject(new Error("collectBytes: not a document made by createDocument"));
  return new Promise((resolve, reject) => {
    output.done = resolve;
    doc.on("error", reject);
  });
}
