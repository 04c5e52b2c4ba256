// Two shortcuts through JSZip while pptxgenjs writes a deck, both byte-neutral
// for the final package (post-processing re-zips every part anyway):
// - pptxgenjs hands binary parts to JSZip as base64, which JSZip decodes in
//   JavaScript (for images, once per placement). Node decodes natively, and one
//   decoded copy per distinct content is kept. (Images no longer go through
//   pptxgenjs: kamdeck writes the slides and their media itself.)
// - the workbook behind each chart is zipped by JSZip's chunked pipeline into
//   base64, only for post-processing to unzip and re-zip it. It is written with
//   our zip writer, stored rather than deflated, as normalizeWorkbook re-deflates it.
//   While kamdeck's chart writer asks (withWorkbookParts), it is not zipped at
//   all: the answer is a marker standing for its parts, which the chart writer
//   takes back (takeWorkbookParts) and normalizeWorkbook pins and zips once.
//   The parts are what unzipping the stored zip gave (XML parts as strings,
//   the rest bytes), so the package bytes are the same.
// Only JSZip objects used while a deck is being written take the shortcuts.
import JSZip from "jszip";
import { writeZip } from "./postprocess/zip-io.js";
import { collectParts } from "./jszip-entries.js";
import type { Parts } from "./postprocess/parts.js";

const HOOKED = Symbol.for("kamdeck.jszip-shortcuts");
/** Decks being written right now in this thread (pptx.write is async). */
let writing = 0;

/** Decoded images by their base64 text; bounded so a portfolio of distinct logos cannot fill memory. */
const decoded = new Map<string, Buffer>();
const MAX_DECODED = 64;

type FileFn = (this: JSZip, ...args: unknown[]) => unknown;
type GenerateFn = (this: JSZip, options?: { type?: string }, ...rest: unknown[]) => Promise<unknown>;

function decodeOnce(base64: string): Buffer {
  let bytes = decoded.get(base64);
  if (!bytes) {
    if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
    decoded.set(base64, (bytes = Buffer.from(base64, "base64")));
  }
  return bytes;
}

/** Chart writers asking for workbooks as parts right now (see withWorkbookParts). */
let collecting = 0;
let nextWorkbook = 0;
/** Workbooks answered with a marker, not yet taken back; bounded in case one never is. */
const workbooks = new Map<string, Parts>();
const MAX_WORKBOOKS = 64;
const WORKBOOK_MARKER = "kamdeck-workbook-parts:";

async function workbookMarker(zip: JSZip): Promise<string> {
  const parts = await collectParts(zip);
  const marker = `${WORKBOOK_MARKER}${nextWorkbook++}`;
  if (workbooks.size >= MAX_WORKBOOKS) workbooks.delete(workbooks.keys().next().value!);
  workbooks.set(marker, parts);
  return marker;
}

/** The parts of the workbook `data` stands for, if it is a marker this module answered with (once). */
export function takeWorkbookParts(data: string): Parts | undefined {
  if (!data.startsWith(WORKBOOK_MARKER)) return undefined;
  const parts = workbooks.get(data);
  workbooks.delete(data);
  return parts;
}

async function storedZipBase64(zip: JSZip): Promise<string> {
  const parts = await collectParts(zip);
  return Buffer.from(writeZip(parts, { date: new Date(Date.UTC(1980, 0, 1)), level: 0 })).toString("base64");
}

export function installJszipShortcuts(): void {
  const proto = JSZip.prototype as unknown as { file: FileFn; generateAsync: GenerateFn; [HOOKED]?: true };
  if (proto[HOOKED]) return;
  const file = proto.file;
  const generate = proto.generateAsync;
  // JSZip tells a getter from a setter by the number of arguments: pass them on untouched.
  proto.file = function (this: JSZip, ...args) {
    const [name, data, options] = args as [string, unknown, JSZip.JSZipFileOptions | undefined];
    if (writing > 0 && typeof data === "string" && options?.base64 === true) {
      return file.call(this, name, decodeOnce(data), { ...options, base64: false, binary: true });
    }
    return file.apply(this, args);
  };
  proto.generateAsync = function (this: JSZip, options, ...rest) {
    if (writing > 0 && options?.type === "base64" && "xl/workbook.xml" in this.files) {
      return collecting > 0 ? workbookMarker(this) : storedZipBase64(this);
    }
    return generate.call(this, options, ...rest);
  };
  proto[HOOKED] = true;
}

/** Runs `write` with the shortcuts on for JSZip objects it uses. */
export async function withJszipShortcuts<T>(write: () => Promise<T>): Promise<T> {
  installJszipShortcuts();
  writing++;
  try {
    return await write();
  } finally {
    writing--;
  }
}

/**
 * Runs `write` (with the shortcuts on) where each chart workbook's base64 zip is
 * answered with a marker for takeWorkbookParts: only for a caller that takes
 * every base64 file it is handed through takeWorkbookParts first.
 */
export async function withWorkbookParts<T>(write: () => Promise<T>): Promise<T> {
  collecting++;
  try {
    return await withJszipShortcuts(write);
  } finally {
    collecting--;
  }
}
