// The package as a map of part name -> content. XML parts are strings (the few
// edits are targeted string edits: no DOM, the batch renders ~100 decks/s);
// everything else stays bytes.
import JSZip from "jszip";

export type Parts = Map<string, string | Uint8Array>;

export function isXmlPart(name: string): boolean {
  return name.endsWith(".xml") || name.endsWith(".rels");
}

export async function readParts(bytes: Uint8Array | ArrayBuffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const contents = await Promise.all(files.map((f) => (isXmlPart(f.name) ? f.async("string") : f.async("uint8array"))));
  files.forEach((f, i) => parts.set(f.name, contents[i]));
  return parts;
}

export function textPart(parts: Parts, name: string): string {
  const content = parts.get(name);
  if (typeof content !== "string") throw new Error(`missing XML part ${name}`);
  return content;
}

/** Applies `edit` to every XML part whose name passes `filter`. */
export function editXmlParts(parts: Parts, filter: (name: string) => boolean, edit: (xml: string, name: string) => string): void {
  for (const [name, content] of parts) {
    if (typeof content === "string" && filter(name)) parts.set(name, edit(content, name));
  }
}
