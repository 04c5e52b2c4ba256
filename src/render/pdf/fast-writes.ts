// Cheaper byte plumbing for one pdfkit 0.20.2 document, same bytes out.
// pdfkit turns every operator string into its own Uint8Array with a JavaScript
// loop (fromBinaryString: each char's low byte), and pushes every object line
// through a Readable stream. Profiled, that plumbing was a sixth of the PDF
// render plus much of its garbage. Here the strings of a stream are kept as
// strings and converted once, natively (Node's latin1 keeps the low byte too),
// and the document's lines go to a plain array instead of the stream.
import { deflateSync } from "node:zlib";
import type { PdfDoc } from "./context.js";
import { deflatedProgramOf } from "./font-program-memo.js";

/** The pdfkit PDFReference fields these overrides read and write. */
interface RefInternals {
  data: Record<string, unknown>;
  compress: boolean;
  buffer: Uint8Array[];
  uncompressedLength: number;
  write(chunk: unknown): void;
  finalize(): void;
  /** Ours: the stream's strings not yet converted, in order. */
  pendingText?: string[];
}

interface DocInternals {
  _offset: number;
  _write(data: unknown): void;
  ref(data?: unknown): RefInternals;
  push(chunk: unknown): boolean;
}

/**
 * zlib level for the document's streams other than font programs (page
 * contents, ToUnicode maps). pdfkit uses zlib's default (6); measured on the
 * sample and synthetic decks, level 3 deflates in 60% of the CPU time for
 * files about 3% larger (29.1 instead of 26.3 KiB of streams per PDF).
 * Deterministic all the same. Font programs keep the default (they are memoised).
 */
export const STREAM_DEFLATE_LEVEL = 3;

const latin1 = (text: string): Uint8Array => Buffer.from(text, "latin1");

function flushText(ref: RefInternals): void {
  const pending = ref.pendingText;
  if (!pending || pending.length === 0) return;
  // Each write was `chunk + "\n"`; joined the same way, then one conversion.
  const bytes = latin1(pending.join("\n") + "\n");
  ref.pendingText = undefined;
  ref.buffer.push(bytes);
  ref.uncompressedLength += bytes.length;
}

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** Installs the shortcuts on `ref`, keeping pdfkit's own write and finalize for the rest. */
function speedUpRef(ref: RefInternals, level: number): void {
  const write = ref.write;
  const finalize = ref.finalize;
  ref.write = function (this: RefInternals, chunk: unknown) {
    if (chunk instanceof Uint8Array) {
      flushText(this);
      return write.call(this, chunk);
    }
    const text = String(chunk);
    (this.pendingText ??= []).push(text);
    // What pdfkit's write records besides the bytes (Length is recomputed on finalize).
    this.data.Length = ((this.data.Length as number | undefined) ?? 0) + text.length + 1;
    if (this.compress) this.data.Filter = "FlateDecode";
  };
  ref.finalize = function (this: RefInternals) {
    flushText(this);
    if (this.compress && this.buffer.length > 0) {
      const raw = concatBytes(this.buffer);
      // A font program deflated as pdfkit does (memoised), anything else at the cheaper level.
      this.buffer = [deflatedProgramOf(raw) ?? deflateSync(raw, { level })];
      this.compress = false;
    }
    return finalize.call(this);
  };
}

/**
 * Routes the document's output into `sink` (in order) and speeds up every
 * indirect object it creates. Call right after construction, before any
 * page: the header lines written by the constructor already went to the stream.
 * `streamLevel` -1 is zlib's default, pdfkit's own bytes (for comparisons).
 */
export function installFastWrites(doc: PdfDoc, sink: Uint8Array[], opts: { streamLevel?: number } = {}): void {
  const d = doc as unknown as DocInternals;
  const level = opts.streamLevel ?? STREAM_DEFLATE_LEVEL;
  const ref = d.ref;
  d.ref = function (this: DocInternals, data?: unknown) {
    const r = ref.call(this, data);
    speedUpRef(r, level);
    return r;
  };
  d._write = function (this: DocInternals, data: unknown) {
    const bytes = data instanceof Uint8Array ? data : latin1(String(data) + "\n");
    sink.push(bytes);
    this._offset += bytes.length;
  };
}
