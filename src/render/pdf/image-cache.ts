// Logos appear in every deck of a portfolio, and pdfkit decodes a PNG with an
// alpha channel or a palette in pure JS on every document (~10 ms for a 400 px
// logo, a third of a deck's render). So each image file is embedded once per
// process into a recording stand-in for a pdfkit document, by pdfkit's own image
// code, and the recorded objects are replayed into every document that shows it.
import PDFDocument from "pdfkit";
import { readFileSync, statSync } from "node:fs";
import type { PdfDoc } from "./context.js";

type Dict = Record<string, unknown>;

/** Stands in for a pdfkit reference while pdfkit's image code writes into it. */
class RecordedObject {
  readonly chunks: Uint8Array[] = [];
  ended = false;
  private onEnd: Array<() => void> = [];
  constructor(readonly data: Dict) {}
  write(chunk: Uint8Array): void {
    this.chunks.push(chunk);
  }
  end(chunk?: Uint8Array): void {
    if (chunk) this.write(chunk);
    this.ended = true;
    for (const resolve of this.onEnd) resolve();
  }
  /** pdfkit finishes some images asynchronously (zlib inflate of the pixels). */
  done(): Promise<void> {
    return this.ended ? Promise.resolve() : new Promise((resolve) => this.onEnd.push(resolve));
  }
}

interface PdfkitImage {
  width: number;
  height: number;
  orientation?: number;
  obj: RecordedObject | null;
  embed(document: { ref(data?: Dict): RecordedObject }): void;
}

interface RecordedImage {
  width: number;
  height: number;
  orientation?: number;
  root: RecordedObject;
}

/** The image object `doc.image` accepts (anything with width and height), bound to one document. */
export interface DocumentImage {
  width: number;
  height: number;
  orientation?: number;
  label: string;
  obj: unknown;
  embed(doc: PdfDoc): void;
}

const recorded = new Map<string, Promise<RecordedImage>>();
let opener: PdfDoc | undefined;

function replayValue(doc: PdfDoc, value: unknown): unknown {
  if (value instanceof RecordedObject) return replay(doc, value);
  if (Array.isArray(value)) return value.map((v) => replayValue(doc, v));
  return value;
}

function replay(doc: PdfDoc, object: RecordedObject): unknown {
  const data = Object.fromEntries(Object.entries(object.data).map(([k, v]) => [k, replayValue(doc, v)]));
  const ref = (doc as unknown as { ref(data: Dict): { end(chunk?: Uint8Array): void } }).ref(data);
  ref.end(object.chunks.length > 0 ? Buffer.concat(object.chunks) : undefined);
  return ref;
}

async function record(path: string): Promise<RecordedImage> {
  // openImage only parses the file's header; it needs a document for its label counter.
  opener ??= new PDFDocument({ autoFirstPage: false, font: "Courier" });
  const image = (opener as unknown as { openImage(src: Buffer): PdfkitImage }).openImage(readFileSync(path));
  image.embed({ ref: (data: Dict = {}) => new RecordedObject(data) });
  const root = image.obj!;
  await root.done();
  return { width: image.width, height: image.height, orientation: image.orientation, root };
}

/** Decodes the image at `path` once per process (again if the file changes). */
export function prepareImage(path: string): Promise<RecordedImage> {
  const stat = statSync(path);
  const key = `${path}\u0000${stat.size}\u0000${stat.mtimeMs}`;
  let image = recorded.get(key);
  if (!image) {
    image = record(path);
    recorded.set(key, image);
  }
  return image;
}

/** Returns, per document, one image object per file: embedded on first use, then reused by every page. */
export function createImageRegistry(): { prepare(paths: string[]): Promise<void>; imageFor(path: string): DocumentImage } {
  const ready = new Map<string, RecordedImage>();
  const bound = new Map<string, DocumentImage>();
  return {
    async prepare(paths) {
      for (const path of new Set(paths)) ready.set(path, await prepareImage(path));
    },
    imageFor(path) {
      let image = bound.get(path);
      if (!image) {
        const rec = ready.get(path);
        if (!rec) throw new Error(`image ${path} was not prepared`);
        // Our own label series, so the names never depend on pdfkit's counter.
        const label = `Im${bound.size + 1}`;
        image = { width: rec.width, height: rec.height, orientation: rec.orientation, label, obj: null, embed: (doc) => (image!.obj = replay(doc, rec.root)) };
        bound.set(path, image);
      }
      return image;
    },
  };
}
