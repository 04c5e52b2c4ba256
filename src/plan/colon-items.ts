// French typography puts a space before a colon: `- Opération -50 % : +6 % de
// volume` is, to YAML, a one-key mapping, not the sentence its author wrote
// (the method's own worked example has one). Where the schema expects a list of
// texts, such an item is read back as the source text it was written as.
import { isMap, isPair, isScalar, isSeq } from "yaml";
import type { Node } from "yaml";
import type { z } from "zod";
import { allowedKeysAt } from "./schema-keys.js";

type Path = Array<string | number>;

/** A one-line `key: value` mapping whose key is not one the schema knows there. */
function accidentalMapping(node: Node, allowed: string[], source: string): string | undefined {
  if (!isMap(node) || node.items.length !== 1 || node.flow) return undefined;
  const pair = node.items[0];
  if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) return undefined;
  if (typeof pair.key.value !== "string" || allowed.includes(pair.key.value)) return undefined;
  if (pair.key.type !== "PLAIN" || pair.value.type !== "PLAIN") return undefined;
  const [start, end] = [node.range?.[0], pair.value.range?.[1]];
  if (start === undefined || end === undefined) return undefined;
  const text = source.slice(start, end);
  return text.includes("\n") ? undefined : text.trim();
}

function isTextItemSlot(allowed: string[]): boolean {
  return allowed.length === 2 && allowed.includes("text") && allowed.includes("confidential");
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let target = root as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) target = target[seg] as Record<string | number, unknown>;
  target[path[path.length - 1]] = value;
}

/** Rewrites, in `value`, the list-of-text items that YAML read as mappings. */
export function restoreColonItems(root: Node | null, value: unknown, schema: z.ZodType, source: string): void {
  const walk = (node: Node | null, path: Path): void => {
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const itemPath = [...path, i];
        const allowed = allowedKeysAt(schema, itemPath);
        const text = isTextItemSlot(allowed) ? accidentalMapping(item as Node, allowed, source) : undefined;
        if (text !== undefined) setAt(value, itemPath, text);
        else walk(item as Node, itemPath);
      });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key) && typeof pair.key.value === "string") walk(pair.value as Node, [...path, pair.key.value]);
      }
    }
  };
  walk(root, []);
}
