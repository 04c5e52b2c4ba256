// Walks a YAML document's nodes with their value paths (`["actions", 2, "due"]`),
// for diagnostics found on nodes rather than on values (explicit tags, duplicate
// keys). Depth is bounded by the raw-text nesting check, so recursion is safe.
import { isMap, isPair, isScalar, isSeq } from "yaml";
import type { Node } from "yaml";

export type NodePath = Array<string | number>;

/** Calls `visit` for every node (and every mapping key) with the path of the value it belongs to. */
export function walkNodes(root: Node | null, visit: (node: Node, path: NodePath, isKey: boolean) => void): void {
  const walk = (node: Node | null, path: NodePath): void => {
    if (!node) return;
    visit(node, path, false);
    if (isSeq(node)) node.items.forEach((item, i) => walk(item as Node, [...path, i]));
    else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const name = isScalar(key) ? String(key.value) : "?";
        if (key) visit(key, [...path, name], true);
        walk(pair.value as Node | null, [...path, name]);
      }
    }
  };
  walk(root, []);
}

/** Whether `test` holds for some node (or mapping key) walkNodes would visit; builds no paths. */
export function someNode(root: Node | null, test: (node: Node) => boolean): boolean {
  const walk = (node: Node | null): boolean => {
    if (!node) return false;
    if (test(node)) return true;
    if (isSeq(node)) return node.items.some((item) => walk(item as Node));
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if ((key && test(key)) || walk(pair.value as Node | null)) return true;
      }
    }
    return false;
  };
  return walk(root);
}

/** The path of the key or value starting at `offset`, if a node starts there. */
export function pathAtOffset(root: Node | null, offset: number): NodePath | undefined {
  let found: NodePath | undefined;
  walkNodes(root, (node, path) => {
    if (found === undefined && node.range?.[0] === offset) found = path;
  });
  return found;
}
