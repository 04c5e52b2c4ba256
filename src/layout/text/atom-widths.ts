// Advance widths scale linearly with the font size, and the same short words
// ("la ", "de ", "Action ") recur in every deck of a batch: widths are cached per
// font stack and style at 1 pt, so trying ten sizes costs one measurement.
import type { FontStack, FontStyle } from "../../fonts/index.js";
import { rememberBounded } from "../../bounded-memo.js";

const MAX_ENTRIES = 50_000;
const caches = new WeakMap<FontStack, Map<string, number>[]>();

/** Points per point of font size: multiply by the size to get the advance width. */
export function unitWidth(stack: FontStack, text: string, style: FontStyle): number {
  let perStyle = caches.get(stack);
  if (!perStyle) caches.set(stack, (perStyle = [new Map(), new Map(), new Map(), new Map()]));
  const cache = perStyle[(style.bold ? 1 : 0) + (style.italic ? 2 : 0)];
  let w = cache.get(text);
  if (w === undefined) {
    w = rememberBounded(cache, text, stack.measure(text, { bold: style.bold, italic: style.italic, size: 1 }), MAX_ENTRIES);
  }
  return w;
}
