// Package-level repairs of pptxgenjs 4.0.1 output (the package around the
// slides and each chart's workbook).
import type { Parts } from "./parts.js";
import { editXmlParts } from "./parts.js";

/**
 * PowerPoint offers to "repair" a package whose content types name parts that
 * do not exist (pptxgenjs issues 1443/1444/1449): keep only overrides of real
 * parts, and defaults of extensions in use (pptxgenjs also lists `jpg` as the
 * unregistered `image/jpg`).
 */
export function pruneContentTypes(parts: Parts): void {
  const extensions = new Set([...parts.keys()].map((name) => name.slice(name.lastIndexOf(".") + 1).toLowerCase()));
  editXmlParts(
    parts,
    (name) => name === "[Content_Types].xml",
    (xml) =>
      xml
        .replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, partName: string) =>
          parts.has(decodeURIComponent(partName)) ? override : "",
        )
        .replace(/\s*<Default Extension="([^"]+)"[^>]*\/>/g, (entry, extension: string) =>
          extensions.has(extension.toLowerCase()) ? entry : "",
        ),
  );
}
