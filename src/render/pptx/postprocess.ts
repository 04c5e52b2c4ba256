// The pass that turns pptxgenjs 4.0.1's package into one PowerPoint opens
// without a repair prompt and whose bytes depend on the layout only, with the
// slides kamdeck wrote in place of pptxgenjs's.
import type { DeckMeta } from "../../layout/types.js";
import { renumberCharts } from "./postprocess/chart-numbering.js";
import { appXml, coreXml } from "./postprocess/doc-props.js";
import { normalizeWorkbook } from "./postprocess/embedded-workbook.js";
import { pruneContentTypes } from "./postprocess/package-repair.js";
import type { Parts } from "./postprocess/parts.js";
import { writePinnedZip } from "./postprocess/pinned-zip.js";
import type { SlideParts } from "./slide-xml.js";

export interface PostprocessInput {
  meta: DeckMeta;
  /** Each slide's XML and relationships, in order. */
  slides: SlideParts[];
  /** Image parts by file name under ppt/media/. */
  media: ReadonlyMap<string, Uint8Array>;
}

/** pptxgenjs's slides and the empty notes page it writes for each (the IR has no speaker notes). */
const REPLACED = /^ppt\/(?:slides|notesSlides)\//;

/** Completes and pins the parts pptxgenjs wrote (the map is modified), then zips them. */
export function postprocessPptx(parts: Parts, input: PostprocessInput): Uint8Array {
  for (const name of [...parts.keys()]) if (REPLACED.test(name)) parts.delete(name);
  renumberCharts(parts);
  input.slides.forEach((slide, i) => {
    parts.set(`ppt/slides/slide${i + 1}.xml`, slide.xml);
    parts.set(`ppt/slides/_rels/slide${i + 1}.xml.rels`, slide.rels);
  });
  for (const [name, bytes] of input.media) parts.set(`ppt/media/${name}`, bytes);
  parts.set("docProps/core.xml", coreXml(input.meta));
  parts.set("docProps/app.xml", appXml(input.meta, input.slides.length));
  normalizeWorkbooks(parts, input.meta);
  pruneContentTypes(parts);
  return writePinnedZip(parts, input.meta.timestamp);
}

function normalizeWorkbooks(parts: Parts, meta: DeckMeta): void {
  for (const [name, bytes] of parts) {
    if (name.startsWith("ppt/embeddings/") && name.endsWith(".xlsx")) parts.set(name, normalizeWorkbook(bytes as Uint8Array, meta));
  }
}
