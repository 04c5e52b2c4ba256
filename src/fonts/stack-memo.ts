// Every deck measures and segments the same strings again and again (labels,
// headings, names: layout measures each word, the PDF re-measures each run), and
// a walk over the characters costs far more than a map lookup. Results are pure
// functions of (text, style, size), so they are kept per style, bounded: a map
// that grows past its cap is simply emptied (cheaper than LRU bookkeeping, and
// the working set of a portfolio refills it within a deck).
import type { FontSegment, FontStack, FontStyle } from "./types.js";

const MAX_PER_MAP = 50_000;

const styleIndex = (style: FontStyle | undefined) => (style?.bold ? 1 : 0) + (style?.italic ? 2 : 0);

function bounded<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= MAX_PER_MAP) map.clear();
  map.set(key, value);
  return value;
}

/** The same stack, answering repeated measure / segment / missing calls from memory. */
export function memoizeStack(stack: FontStack): FontStack {
  // style index -> size (points) -> text -> width (points)
  const widths = [0, 1, 2, 3].map(() => new Map<number, Map<string, number>>());
  const segments = [0, 1, 2, 3].map(() => new Map<string, readonly FontSegment[]>());
  const missing = [0, 1, 2, 3].map(() => new Map<string, readonly string[]>());
  return {
    ...stack,
    measure(text, style) {
      const bySize = widths[styleIndex(style)];
      let byText = bySize.get(style.size);
      if (!byText) bySize.set(style.size, (byText = new Map()));
      const hit = byText.get(text);
      return hit ?? bounded(byText, text, stack.measure(text, style));
    },
    segment(text, style) {
      const memo = segments[styleIndex(style)];
      const hit = memo.get(text) ?? bounded(memo, text, stack.segment(text, style));
      // Copies: a caller may edit what it gets without corrupting the memo.
      return hit.map((s) => ({ ...s }));
    },
    missing(text, style) {
      const memo = missing[styleIndex(style)];
      const hit = memo.get(text) ?? bounded(memo, text, stack.missing(text, style));
      return hit.length === 0 ? [] : [...hit];
    },
  };
}
