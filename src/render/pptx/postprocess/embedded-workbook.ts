// The workbook behind each chart is itself a zip that pptxgenjs builds with
// the current time in its entries and "PptxGenJS" as its author.
import type { DeckMeta } from "../../../layout/types.js";
import { coreXml } from "./doc-props.js";
import type { Parts } from "./parts.js";
import { pruneContentTypes } from "./package-repair.js";
import { writePinnedZip } from "./pinned-zip.js";
import { readZip } from "./zip-io.js";

/** Workbooks handed over as parts (jszip-shortcuts.ts), by the empty array standing for each in a package. */
const handed = new WeakMap<Uint8Array, Parts>();

/** A stand-in for a workbook's zip that normalizeWorkbook reads as `parts` without unzipping. */
export function workbookHandle(parts: Parts): Uint8Array {
  const handle = new Uint8Array(0);
  handed.set(handle, parts);
  return handle;
}

/** The workbook's parts (its zip, or a workbookHandle) with pinned properties, zipped. */
export function normalizeWorkbook(bytes: Uint8Array, meta: DeckMeta): Uint8Array {
  const parts = handed.get(bytes) ?? readZip(bytes);
  handed.delete(bytes);
  parts.set("docProps/core.xml", coreXml(meta));
  pruneContentTypes(parts);
  return writePinnedZip(parts, meta.timestamp);
}
