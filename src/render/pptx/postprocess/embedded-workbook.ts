// The workbook behind each chart is itself a zip that pptxgenjs builds with
// the current time in its entries and "PptxGenJS" as its author.
import type { DeckMeta } from "../../../layout/types.js";
import { coreXml } from "./doc-props.js";
import { pruneContentTypes } from "./package-repair.js";
import { writePinnedZip } from "./pinned-zip.js";
import { readZip } from "./zip-io.js";

export function normalizeWorkbook(bytes: Uint8Array, meta: DeckMeta): Uint8Array {
  const parts = readZip(bytes);
  parts.set("docProps/core.xml", coreXml(meta));
  pruneContentTypes(parts);
  return writePinnedZip(parts, meta.timestamp);
}
