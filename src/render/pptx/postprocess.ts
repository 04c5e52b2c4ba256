// The pass that turns pptxgenjs 4.0.1 output into a package PowerPoint opens
// without a repair prompt and whose bytes depend on the layout only.
import type { DeckMeta } from "../../layout/types.js";
import type { SlideRecord } from "./context.js";
import { renumberCharts } from "./postprocess/chart-numbering.js";
import { appXml, coreXml } from "./postprocess/doc-props.js";
import { normalizeWorkbook } from "./postprocess/embedded-workbook.js";
import { dedupeMedia } from "./postprocess/media-dedupe.js";
import { dropNotesSlides, pruneContentTypes } from "./postprocess/package-repair.js";
import { editXmlParts, type Parts } from "./postprocess/parts.js";
import { writePinnedZip } from "./postprocess/pinned-zip.js";
import { fixSlideXml } from "./postprocess/slide-xml.js";

export interface PostprocessInput {
  meta: DeckMeta;
  /** One record per slide, in order. */
  slides: SlideRecord[];
}

/** Repairs and pins the parts pptxgenjs wrote (the map is modified), then zips them. */
export function postprocessPptx(parts: Parts, input: PostprocessInput): Uint8Array {
  dropNotesSlides(parts);
  renumberCharts(parts);
  dedupeMedia(parts);
  editXmlParts(parts, isSlidePart, (xml, name) => {
    const n = slideNumber(name);
    return fixSlideXml(xml, input.slides[n - 1], n);
  });
  parts.set("docProps/core.xml", coreXml(input.meta));
  parts.set("docProps/app.xml", appXml(input.meta, input.slides.length));
  normalizeWorkbooks(parts, input.meta);
  pruneContentTypes(parts);
  return writePinnedZip(parts, input.meta.timestamp);
}

function isSlidePart(name: string): boolean {
  return /^ppt\/slides\/slide\d+\.xml$/.test(name);
}

function slideNumber(name: string): number {
  return Number(/slide(\d+)\.xml$/.exec(name)![1]);
}

function normalizeWorkbooks(parts: Parts, meta: DeckMeta): void {
  for (const [name, bytes] of parts) {
    if (name.startsWith("ppt/embeddings/") && name.endsWith(".xlsx")) parts.set(name, normalizeWorkbook(bytes as Uint8Array, meta));
  }
}
