// One shortcut through JSZip while pptxgenjs writes a plan's charts: the
// workbook behind each chart would be zipped by JSZip's chunked pipeline into
// base64, only for post-processing to unzip and re-zip it. While kamdeck's
// chart writer asks (withWorkbookParts), it is not zipped at all: the answer
// is a marker standing for its parts, which the chart writer takes back
// (takeWorkbookParts) and normalizeWorkbook pins and zips once. The parts are
// what unzipping JSZip's zip would give (XML parts as strings, the rest
// bytes), so the package bytes are the same. Any other JSZip use is untouched.
// (Until 2026-11 this module also decoded base64 images natively and wrote
// workbooks as stored zips while any deck was written: kamdeck now writes
// slides and media itself and always collects workbooks, so neither was
// reached any more.)
import JSZip from "jszip";
import { collectParts } from "./jszip-entries.js";
import type { Parts } from "./postprocess/parts.js";

const HOOKED = Symbol.for("kamdeck.jszip-shortcuts");

type GenerateFn = (this: JSZip, options?: { type?: string }, ...rest: unknown[]) => Promise<unknown>;

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

export function installJszipShortcuts(): void {
  const proto = JSZip.prototype as unknown as { generateAsync: GenerateFn; [HOOKED]?: true };
  if (proto[HOOKED]) return;
  const generate = proto.generateAsync;
  proto.generateAsync = function (this: JSZip, options, ...rest) {
    if (collecting > 0 && options?.type === "base64" && "xl/workbook.xml" in this.files) return workbookMarker(this);
    return generate.call(this, options, ...rest);
  };
  proto[HOOKED] = true;
}

/**
 * Runs `write` where each chart workbook's base64 zip is answered with a marker
 * for takeWorkbookParts: only for a caller that takes every base64 file it is
 * handed through takeWorkbookParts first.
 */
export async function withWorkbookParts<T>(write: () => Promise<T>): Promise<T> {
  installJszipShortcuts();
  collecting++;
  try {
    return await write();
  } finally {
    collecting--;
  }
}
