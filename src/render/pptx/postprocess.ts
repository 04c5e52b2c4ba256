// The pass that turns pptxgenjs 4.0.1 output into a package PowerPoint opens
// without a repair prompt and whose bytes depend on the layout only.
import type { DeckMeta } from "../../layout/types.js";
import type { SlideRecord } from "./context.js";
import { renumberCharts } from "./postprocess/chart-numbering.js";
import { appXml, coreXml } from "./postprocess/doc-props.js";
import { normalizeWorkbook } from "./postprocess/embedded-workbook.js";
import { dropNotesSlides, pruneContentTypes } from "./postprocess/package-repair.js";
import { editXmlParts, readParts, type Parts } from "./postprocess/parts.js";
import { writePinnedZip } from "./postprocess/pinned-zip.js";
import { fixSlideXml } from "./postprocess/slide-xml.js";

export interface PostprocessInput {
  meta: DeckMeta;
  /** One record per slide, in order. */
  slides: SlideRecord[];
}

export async function postprocessPptx(raw: Uint8Array | ArrayBuffer, input: PostprocessInput): Promise<Uint8Array> {
  const parts = await readParts(raw);
  dropNotesSlides(parts);
  renumberCharts(parts);
  editXmlParts(parts, isSlidePart, (xml, name) => {
    const n = slideNumber(name);
    return fixSlideXml(xml, input.slides[n - 1], n);
  });
  parts.set("docProps/core.xml", coreXml(input.meta));
  parts.set("docProps/app.xml", appXml(input.meta, input.slides.length));
  await normalizeWorkbooks(parts, input.meta);
  pruneContentTypes(parts);
  return writePinnedZip(parts, input.meta.timestamp);
}

function isSlidePart(name: string): boolean {
  return /^ppt\/slides\/slide\d+\.xml$/.test(name);
}

function slideNumber(name: string): number {
  return Number(/slide(\d+)\.xml$/.exec(name)![1]);
}

async function normalizeWorkbooks(parts: Parts, meta: DeckMeta): Promise<void> {
  const workbooks = [...parts].filter(([name]) => name.startsWith("ppt/embeddings/") && name.endsWith(".xlsx"));
  const normalized = await Promise.all(workbooks.map(([, bytes]) => normalizeWorkbook(bytes as Uint8Array, meta)));
  workbooks.forEach(([name], i) => parts.set(name, normalized[i]));
}
