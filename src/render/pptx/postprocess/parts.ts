// The package as a map of part name -> content. XML parts are strings (the few
// edits are targeted string edits: no DOM, the batch renders ~100 decks/s);
// everything else stays bytes.

export type Parts = Map<string, string | Uint8Array>;

export function isXmlPart(name: string): boolean {
  return name.endsWith(".xml") || name.endsWith(".rels");
}

/** Applies `edit` to every XML part whose name passes `filter`. */
export function editXmlParts(parts: Parts, filter: (name: string) => boolean, edit: (xml: string, name: string) => string): void {
  for (const [name, content] of parts) {
    if (typeof content === "string" && filter(name)) parts.set(name, edit(content, name));
  }
}
