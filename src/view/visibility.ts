// The one rule every view builder applies: a client sees nothing marked
// `confidential: true`. Kept in one place so every section filters the same way.
import type { TextItem } from "../plan/schema.js";
import type { Audience } from "./types.js";

export function isVisible(item: { confidential?: boolean }, audience: Audience): boolean {
  return audience === "internal" || item.confidential !== true;
}

/** Flattens `string | {text, confidential}` items to the strings this audience may read. */
export function visibleTexts(items: TextItem[] | undefined, audience: Audience): string[] {
  const out: string[] = [];
  for (const item of items ?? []) {
    if (typeof item === "string") out.push(item);
    else if (isVisible(item, audience)) out.push(item.text);
  }
  return out;
}
