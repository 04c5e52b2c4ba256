// Batch builds lay out hundreds of similar decks (same labels, same headings):
// wrapped lines are memoised per font stack. Lookups go through nested maps
// (size, then width, then style, then text) rather than one composite string key:
// formatting a fractional width into a key on every call cost more than the lookup.
// Bounded: past MAX_ENTRIES the memo of that stack starts afresh.
import type { FontStack } from "../../fonts/index.js";

const MAX_ENTRIES = 20_000;

interface Memo {
  /** size (points) -> width (inches) -> style index (bold + 2 x italic) -> text -> lines */
  bySize: Map<number, Map<number, Array<Map<string, string[]> | undefined>>>;
  entries: number;
}

const memos = new WeakMap<FontStack, Memo>();

function linesMapFor(memo: Memo, o: { size: number; width: number; bold?: boolean; italic?: boolean }): Map<string, string[]> {
  let byWidth = memo.bySize.get(o.size);
  if (!byWidth) memo.bySize.set(o.size, (byWidth = new Map()));
  let byStyle = byWidth.get(o.width);
  if (!byStyle) byWidth.set(o.width, (byStyle = []));
  const style = (o.bold ? 1 : 0) + (o.italic ? 2 : 0);
  return (byStyle[style] ??= new Map());
}

export function memoWrap(
  stack: FontStack,
  text: string,
  o: { size: number; width: number; bold?: boolean; italic?: boolean },
  compute: () => string[],
): readonly string[] {
  let memo = memos.get(stack);
  if (!memo || memo.entries >= MAX_ENTRIES) memos.set(stack, (memo = { bySize: new Map(), entries: 0 }));
  const byText = linesMapFor(memo, o);
  let lines = byText.get(text);
  if (!lines) {
    lines = compute();
    byText.set(text, lines);
    memo.entries++;
  }
  // The memo's own array: wrapText hands out copies, wrapTextShared (read-only callers) does not.
  return lines;
}
