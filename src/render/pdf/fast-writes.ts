// Cheaper byte plumbing for one pdfkit 0.20.2 document, same bytes out.
// pdfkit turns every operator string into its own Uint8Array with a JavaScript
// loop (fromBinaryString: each char's low byte), and pushes every object line
// through a Readable stream. Profiled, that plumbing was a sixth of the PDF
// render plus much of its garbage. Here the strings of a stream are kept as
// strings and converted once, natively (Node's latin1 keeps the low byte too),
// and the document's lines are kept as strings too, converted in one go at the
// next binary chunk (a stream's bytes) or at the end, and go to a plain array
// instead of the stream. Objects are written by object-syntax.ts when it knows
// every value they hold (nearly always), by pdfkit otherwise.
import type { PdfDoc } from "./context.js";
import { deflatedProgramOf } from "./font-program-memo.js";
import { toPdf, type PdfkitClasses } from "./object-syntax.js";
import { deflateWhole } from "./deflate.js";

/** The pdfkit PDFReference fields these overrides read and write. */
interface RefInternals {
  id: number;
  gen: number;
  offset: number;
  document: DocInternals;
  data: Record<string, unknown>;
  compress: boolean;
  buffer: Uint8Array[] | Uint8Array;
  uncompressedLength: number;
  write(chunk: unknown): void;
  finalize(): void;
  /** Ours: the stream's strings not yet converted, in order. */
  pendingText?: string[];
}

interface DocInternals {
  _offset: number;
  _offsets: Array<number | null>;
  _info: RefInternals;
  _id: Uint8Array;
  _finalize(): void;
  _security: unknown;
  _root: RefInternals & { data: { Names: { data: { Dests: object } } } };
  _write(data: unknown): void;
  _refEnd(ref: RefInternals): void;
  ref(data?: unknown): RefInternals;
  push(chunk: unknown): boolean;
  page?: { content?: RefInternals };
  addContent(data: unknown): unknown;
  /** Ours: zlib level of this document's streams other than font programs. */
  _streamLevel?: number;
  /** Ours: the classes object-syntax.ts recognises; absent when pdfkit must write every object. */
  _pdfkitClasses?: PdfkitClasses;
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
  // Each write was `chunk + "\n"`; joined the same way (the empty last item
  // gives the final newline without a second, concatenated string), then one conversion.
  pending.push("");
  const bytes = latin1(pending.join("\n"));
  ref.pendingText = undefined;
  (ref.buffer as Uint8Array[]).push(bytes);
  ref.uncompressedLength += bytes.length;
}

/**
 * A stream made only of strings and deflated (a page's contents): its bytes
 * are only read by zlib, so they go through one kept buffer rather than a new
 * one per page (grown to the largest page seen, ~100 KiB).
 */
let scratch = Buffer.allocUnsafe(0);
function deflatedText(ref: RefInternals, pending: string[], level: number): Uint8Array {
  pending.push("");
  const text = pending.join("\n");
  ref.pendingText = undefined;
  ref.uncompressedLength += text.length;
  if (scratch.length < text.length) scratch = Buffer.allocUnsafe(Math.max(text.length, 2 * scratch.length));
  const length = scratch.write(text, 0, "latin1");
  return deflateWhole(scratch.subarray(0, length), level);
}

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** pdfkit's PDFReference methods, taken from the first reference's prototype. */
let pdfkitWrite: ((this: RefInternals, chunk: unknown) => void) | undefined;
let pdfkitFinalize: ((this: RefInternals) => void) | undefined;

/** Shared by every reference (no closure per object): strings wait, bytes go to pdfkit. */
function fastWrite(this: RefInternals, chunk: unknown): void {
  if (chunk instanceof Uint8Array) {
    flushText(this);
    return pdfkitWrite!.call(this, chunk);
  }
  writeText(this, String(chunk));
}

function writeText(ref: RefInternals, text: string): void {
  (ref.pendingText ??= []).push(text);
  // What pdfkit's write records besides the bytes (Length is recomputed on finalize).
  ref.data.Length = ((ref.data.Length as number | undefined) ?? 0) + text.length + 1;
  if (ref.compress) ref.data.Filter = "FlateDecode";
}

/**
 * pdfkit's finalize (no encryption): the stream deflated (a font program from
 * the memo, anything else at the document's level), then the object written.
 */
function fastFinalize(this: RefInternals): void {
  const doc = this.document;
  const chunks = this.buffer as Uint8Array[];
  let stream: Uint8Array | undefined;
  const pending = this.pendingText;
  if (this.compress && chunks.length === 0 && pending && pending.length > 0) stream = deflatedText(this, pending, doc._streamLevel ?? STREAM_DEFLATE_LEVEL);
  else flushText(this);
  if (!stream && chunks.length > 0) {
    stream = concatBytes(chunks);
    if (this.compress) stream = deflatedProgramOf(stream) ?? deflateWhole(stream, doc._streamLevel ?? STREAM_DEFLATE_LEVEL);
  }
  const classes = doc._pdfkitClasses;
  if (stream) this.data.Length = stream.length;
  const dictionary = classes && toPdf(this.data, classes);
  if (dictionary === undefined) {
    // pdfkit writes it; its deflate is skipped, the bytes being already final.
    if (stream) {
      this.buffer = [stream];
      this.compress = false;
    }
    return pdfkitFinalize!.call(this);
  }
  this.offset = doc._offset;
  doc._write(`${this.id} ${this.gen} obj\n${dictionary}`);
  if (stream && stream.length > 0) {
    doc._write("stream");
    doc._write(stream);
    doc._write("\nendstream");
  }
  this.buffer = [];
  doc._write("endobj");
  doc._refEnd(this);
}

/**
 * Writes `ref`, an object without a stream, with `dictionary` as its syntax:
 * what its end() writes when the caller knows that syntax already (structure
 * elements: ~360 per deck, all alike). False, and nothing written, when the
 * document is not set up for it: the caller ends the object as usual.
 */
export function writeKnownObject(ref: unknown, dictionary: string): boolean {
  const r = ref as RefInternals;
  const doc = r.document;
  if (r.finalize !== fastFinalize || !doc._pdfkitClasses || (r.buffer as Uint8Array[]).length > 0 || r.pendingText) return false;
  r.offset = doc._offset;
  doc._write(`${r.id} ${r.gen} obj\n${dictionary}`);
  doc._write("endobj");
  doc._refEnd(r);
  return true;
}

export interface FastWriteOptions {
  /** zlib level of the streams other than font programs; -1 is zlib's default, pdfkit's own bytes (for comparisons). */
  streamLevel?: number;
  /**
   * The lines the constructor wrote, if it was kept from pushing them through
   * its stream (see document.ts): they go first into the sink.
   */
  header?: readonly string[];
  /** Called once the trailer is in the sink: the document is complete. */
  onEnd?: () => void;
}

/**
 * pdfkit's `0000000000${offset}`.slice(-10) (ten digits, zero-padded, the last
 * ten if longer; "0000null" for an object never written) without building the
 * 20-char string first: a deck's table has ~700 lines.
 */
export function xrefOffsetText(offset: number | null): string {
  const text = String(offset);
  return text.length >= 10 ? text.slice(-10) : text.padStart(10, "0");
}

/**
 * Routes the document's output into `sink` (in order, complete when the
 * document emits "end", or when `onEnd` is called) and speeds up every
 * indirect object it creates. Call right after construction, before any page:
 * the header lines written by the constructor already went to the stream,
 * unless they come as `header`.
 */
export function installFastWrites(doc: PdfDoc, sink: Uint8Array[], opts: FastWriteOptions = {}): void {
  const d = doc as unknown as DocInternals;
  d._streamLevel = opts.streamLevel ?? STREAM_DEFLATE_LEVEL;
  const proto = Object.getPrototypeOf(d._root) as RefInternals;
  pdfkitWrite ??= proto.write;
  pdfkitFinalize ??= proto.finalize;
  // With encryption every string and stream would need the object's key: pdfkit's job.
  if (!d._security) {
    d._pdfkitClasses = {
      reference: Object.getPrototypeOf(proto.constructor) as PdfkitClasses["reference"],
      tree: Object.getPrototypeOf(Object.getPrototypeOf(d._root.data.Names.data.Dests).constructor) as PdfkitClasses["tree"],
    };
  }
  // The objects the constructor made (catalog, page tree, names, outline root,
  // structure tree root with its parent tree...) are sped up too.
  const early = [d._root, (d as unknown as { outline?: { dictionary?: unknown } }).outline?.dictionary, ...Object.values(d._root.data)];
  for (const r of early) {
    if (r instanceof (proto.constructor as new () => RefInternals)) {
      r.write = fastWrite;
      r.finalize = fastFinalize;
    }
  }
  const ref = d.ref;
  d.ref = function (this: DocInternals, data?: unknown) {
    const r = ref.call(this, data);
    r.write = fastWrite;
    r.finalize = fastFinalize;
    return r;
  };
  // pdfkit's addContent is page.write(data), which is page.content.write(data):
  // a page's text goes to its contents' pending strings in one call instead of
  // three (a deck writes ~3,000 times).
  const addContent = d.addContent;
  d.addContent = function (this: DocInternals, data: unknown) {
    const content = this.page?.content;
    if (typeof data === "string" && content?.write === fastWrite) writeText(content, data);
    else addContent.call(this, data);
    return this;
  };
  // Each line pdfkit writes is `data + "\n"`, one byte per char; kept as strings until bytes come.
  let pending: string[] = opts.header ? [...opts.header] : [];
  const flush = () => {
    if (pending.length === 0) return;
    pending.push("");
    sink.push(latin1(pending.join("\n")));
    pending = [];
  };
  d._write = function (this: DocInternals, data: unknown) {
    if (data instanceof Uint8Array) {
      flush();
      sink.push(data);
      this._offset += data.length;
      return;
    }
    const text = String(data);
    pending.push(text);
    this._offset += text.length + 1;
  };
  // pdfkit's _finalize (cross-reference table and trailer) as one write instead of one per object.
  const finalize = d._finalize;
  const onEnd = opts.onEnd;
  d._finalize = function (this: DocInternals) {
    if (this._security) {
      finalize.call(this);
      onEnd?.();
      return;
    }
    const xrefOffset = this._offset;
    const lines = ["xref", `0 ${this._offsets.length + 1}`, "0000000000 65535 f "];
    for (const offset of this._offsets) lines.push(`${xrefOffsetText(offset)} 00000 n `);
    // The file ID is bytes, which PDFObject.convert writes as lowercase hex.
    const id = `<${Buffer.from(this._id).toString("hex")}>`;
    lines.push("trailer", `<<\n/Size ${this._offsets.length + 1}\n/Root ${String(this._root)}\n/Info ${String(this._info)}\n/ID [${id} ${id}]\n>>`);
    lines.push("startxref", `${xrefOffset}`, "%%EOF");
    this._write(lines.join("\n"));
    if (!onEnd) return void this.push(null);
    // Nothing went through the stream: the sink is the file, and no stream end (with its ticks and events) is needed.
    flush();
    onEnd();
  };
  // pdfkit ends the document with push(null): the last lines go to the sink first.
  const push = d.push;
  d.push = function (this: DocInternals, chunk: unknown) {
    if (chunk === null) flush();
    return push.call(this, chunk);
  };
}
