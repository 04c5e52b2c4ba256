// The one write of the bounded memos of the renderers and the text engine: past
// `max` entries a memo starts afresh (cheaper than LRU; each bound is far above
// what a deck or a batch uses, so it only guards against odd input).

/** Remembers `value` under `key` in `memo` and returns it. */
export function rememberBounded<K, V>(memo: Map<K, V>, key: K, value: V, max: number): V {
  if (memo.size >= max) memo.clear();
  memo.set(key, value);
  return value;
}
