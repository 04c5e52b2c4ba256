// From a path in the parsed value (`["actions", 2, "status"]`) back to the YAML
// node that wrote it, so every diagnostic points at the offending line and
// column. When the path ends at a key that is absent (a missing required field),
// the deepest existing node (the mapping that lacks it) is the place to point.
import { isAlias, isMap, isPair, isScalar, isSeq } from "yaml";
import type { Document, LineCounter, Node, Pair } from "yaml";
import type { Diagnostic, Finding, Severity } from "./diagnostic.js";
import { formatPath } from "./diagnostic.js";

export interface Located {
  /** The node reached (the value, or the key when asked and present). */
  node: Node | null;
  /** Whether the whole path was found. */
  complete: boolean;
}

function pairFor(node: Node, key: string | number): Pair<Node, Node> | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key)) as Pair<Node, Node> | undefined;
}

function isEmpty(node: Node | null): boolean {
  return !node || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);
}

/** Walks the document along `path`, following aliases; stops at the deepest existing node. */
export function locateNode(doc: Document, path: ReadonlyArray<PropertyKey>, atKey = false): Located {
  let node = doc.contents as Node | null;
  for (let i = 0; i < path.length && node; i++) {
    if (isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? node;
    const seg = path[i];
    if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg] as Node | undefined;
      if (!item) return { node, complete: false };
      node = item;
      continue;
    }
    const pair = typeof seg === "symbol" ? undefined : pairFor(node, seg);
    if (!pair) return { node, complete: false };
    const last = i === path.length - 1;
    if (last && atKey) return { node: pair.key, complete: true };
    // `key:` with nothing after it has no value (or an empty one): point at the key.
    node = (isEmpty(pair.value as Node | null) ? pair.key : pair.value) as Node;
  }
  return { node, complete: true };
}

/** 1-based line and column of a node's start; 1:1 when the node is unknown. */
export function positionOf(lineCounter: LineCounter, node: Node | null): { line: number; col: number } {
  const offset = node?.range?.[0];
  return offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
}

export interface PositionContext {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
}

/** A Finding placed in the file. */
export function toDiagnostic(ctx: PositionContext, finding: Finding, severity: Severity): Diagnostic {
  const { node } = locateNode(ctx.doc, finding.path, finding.atKey);
  const { line, col } = positionOf(ctx.lineCounter, node);
  const d: Diagnostic = { file: ctx.file, line, col, path: formatPath(finding.path), message: finding.message, severity };
  if (finding.suggestion !== undefined) d.suggestion = finding.suggestion;
  return d;
}
