// The last pass: the slides kamdeck wrote and their images go into the package
// (package-parts.ts), the document properties are written from the deck's
// metadata, content types are pruned to the parts present, and the package is
// zipped with pinned dates. Its bytes depend on the layout only.
import type { DeckMeta } from "../../layout/types.js";
import { appXml, coreXml } from "./postprocess/doc-props.js";
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

/** Completes the package parts (the map is modified) and zips them. */
export function postprocessPptx(parts: Parts, input: PostprocessInput): Uint8Array {
  input.slides.forEach((slide, i) => {
    parts.set(`ppt/slides/slide${i + 1}.xml`, slide.xml);
    parts.set(`ppt/slides/_rels/slide${i + 1}.xml.rels`, slide.rels);
  });
  for (const [name, bytes] of input.media) parts.set(`ppt/media/${name}`, bytes);
  parts.set("docProps/core.xml", coreXml(input.meta));
  parts.set("docProps/app.xml", appXml(input.meta, input.slides.length));
  pruneContentTypes(parts);
  return writePinnedZip(parts, input.meta.timestamp);
}
