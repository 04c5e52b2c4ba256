// The workbook behind each chart is itself a zip that pptxgenjs builds with
// the current time in its entries and "PptxGenJS" as its author.
import type { DeckMeta } from "../../../layout/types.js";
import { coreXml } from "./doc-props.js";
import { pruneContentTypes } from "./package-repair.js";
import { readParts } from "./parts.js";
import { writePinnedZip } from "./pinned-zip.js";

export async function normalizeWorkbook(bytes: Uint8Array, meta: DeckMeta): Promise<Uint8Array> {
  const parts = await readParts(bytes);
  parts.set("docProps/core.xml", coreXml(meta));
  pruneContentTypes(parts);
  return writePinnedZip(parts, meta.timestamp);
}
