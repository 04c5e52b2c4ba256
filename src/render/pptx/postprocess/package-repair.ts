// Package-level repairs of pptxgenjs 4.0.1 output (the package around the
// slides and each chart's workbook).
import type { Parts } from "./parts.js";

/**
 * PowerPoint offers to "repair" a package whose content types name parts that
 * do not exist (pptxgenjs issues 1443/1444/1449): keep only overrides of real
 * parts, and defaults of extensions in use (pptxgenjs also lists `jpg` as the
 * unregistered `image/jpg`).
 */
export function pruneContentTypes(parts: Parts): void {
  const xml = parts.get(CONTENT_TYPES);
  if (typeof xml !== "string") return;
  // The result depends only on the content types and the part names; decks
  // and workbooks built alike repeat both, so it is computed once for each.
  const key = `${xml}\u0000${[...parts.keys()].sort().join("\u0000")}`;
  let kept = pruned.get(key);
  if (kept === undefined) {
    kept = prune(xml, parts);
    if (pruned.size >= MAX_PRUNED) pruned.delete(pruned.keys().next().value!);
    pruned.set(key, kept);
  }
  parts.set(CONTENT_TYPES, kept);
}

const CONTENT_TYPES = "[Content_Types].xml";
const MAX_PRUNED = 64;
const pruned = new Map<string, string>();

function prune(xml: string, parts: Parts): string {
  const extensions = new Set([...parts.keys()].map((name) => name.slice(name.lastIndexOf(".") + 1).toLowerCase()));
  return xml
    .replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, partName: string) => (parts.has(decodeURIComponent(partName)) ? override : ""))
    .replace(/\s*<Default Extension="([^"]+)"[^>]*\/>/g, (entry, extension: string) => (extensions.has(extension.toLowerCase()) ? entry : ""));
}
