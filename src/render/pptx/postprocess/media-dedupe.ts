// pptxgenjs stores one copy of an image per placement, so a logo in every
// footer is embedded once per slide. Identical media are kept once and every
// relationship is pointed at the kept copy.
import { createHash } from "node:crypto";
import type { Parts } from "./parts.js";
import { editXmlParts } from "./parts.js";

const MEDIA = /^ppt\/media\/([^/]+)$/;

export function dedupeMedia(parts: Parts): void {
  const keptByHash = new Map<string, string>();
  const replaced = new Map<string, string>();
  for (const name of [...parts.keys()].sort(byNumber)) {
    const file = MEDIA.exec(name)?.[1];
    const content = parts.get(name);
    if (!file || !(content instanceof Uint8Array)) continue;
    const hash = `${file.slice(file.lastIndexOf("."))}:${createHash("sha256").update(content).digest("hex")}`;
    const kept = keptByHash.get(hash);
    if (kept) {
      replaced.set(file, kept);
      parts.delete(name);
    } else keptByHash.set(hash, file);
  }
  if (replaced.size === 0) return;
  editXmlParts(
    parts,
    (name) => name.endsWith(".rels"),
    (xml) => xml.replace(/Target="\.\.\/media\/([^"]+)"/g, (m, file: string) => (replaced.has(file) ? `Target="../media/${replaced.get(file)}"` : m)),
  );
}

/** String.localeCompare with options builds a collator per call: build it once. */
const NUMERIC = new Intl.Collator("en", { numeric: true });

/** `image-2-1.png` before `image-10-1.png`, so the first slide's copy is the one kept. */
function byNumber(a: string, b: string): number {
  return NUMERIC.compare(a, b);
}
