// Every deck measures and segments the same strings again and again (labels,
// headings, names: layout measures each word, the PDF re-measures each run), and
// a walk over the characters costs far more than a map lookup. Results are pure
// functions of (text, style, size), so they are kept per style and size. Bounded
// as a whole: past MAX_ENTRIES everything is dropped at once (cheaper than LRU
// bookkeeping, and a portfolio's working set refills it within a deck or two).
import type { FontSegment, FontStack, FontStyle } from "./types.js";

const MAX_ENTRIES = 60_000;

const styleIndex = (style: FontStyle | undefined) => (style?.bold ? 1 : 0) + (style?.italic ? 2 : 0);

interface Memo {
  /** style index -> size (points) -> text -> width (points) */
  widths: Array<Map<number, Map<string, number>>>;
  segments: Array<Map<string, readonly FontSegment[]>>;
  missing: Array<Map<string, readonly string[]>>;
  entries: number;
}

const fresh = (): Memo => ({
  widths: [0, 1, 2, 3].map(() => new Map()),
  segments: [0, 1, 2, 3].map(() => new Map()),
  missing: [0, 1, 2, 3].map(() => new Map()),
  entries: 0,
});

/** The same stack, answering repeated measure / segment / missing calls from memory. */
export function memoizeStack(stack: FontStack): FontStack {
  let memo = fresh();
  const remember = <V>(map: Map<string, V>, key: string, value: V): V => {
    if (memo.entries >= MAX_ENTRIES) memo = fresh();
    else {
      map.set(key, value);
      memo.entries++;
    }
    return value;
  };
  return {
    ...stack,
    measure(text, style) {
      const bySize = memo.widths[styleIndex(style)];
      let byText = bySize.get(style.size);
      if (!byText) bySize.set(style.size, (byText = new Map()));
      const hit = byText.get(text);
      return hit ?? remember(byText, text, stack.measure(text, style));
    },
    segment(text, style) {
      const map = memo.segments[styleIndex(style)];
      const hit = map.get(text) ?? remember(map, text, stack.segment(text, style));
      // Copies: a caller may edit what it gets without corrupting the memo.
      return hit.map((s) => ({ ...s }));
    },
    missing(text, style) {
      const map = memo.missing[styleIndex(style)];
      const hit = map.get(text) ?? remember(map, text, stack.missing(text, style));
      return hit.length === 0 ? [] : [...hit];
    },
  };
}
