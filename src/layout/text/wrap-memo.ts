// Batch builds lay out hundreds of similar decks (same labels, same headings):
// wrapped lines are memoised per font stack in a bounded, least-recently-used map.
import type { FontStack } from "../../fonts/index.js";

const MAX_ENTRIES = 20_000;
const memos = new WeakMap<FontStack, Map<string, string[]>>();

export function memoWrap(
  stack: FontStack,
  text: string,
  o: { size: number; width: number; bold?: boolean; italic?: boolean },
  compute: () => string[],
): string[] {
  let memo = memos.get(stack);
  if (!memo) memos.set(stack, (memo = new Map()));
  const key = `${o.size}|${o.bold ? 1 : 0}${o.italic ? 1 : 0}|${o.width}|${text}`;
  let lines = memo.get(key);
  if (lines) {
    memo.delete(key);
  } else {
    lines = compute();
    if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  }
  memo.set(key, lines);
  // A copy: callers may edit their lines (ellipsis) without corrupting the memo.
  return lines.slice();
}
