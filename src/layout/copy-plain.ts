// Deep copies of IR data (plain objects, arrays, strings, numbers, booleans), for
// the memos that hand the same laid-out content to several boxes or decks: each
// gets its own objects, so no renderer or caller can see another's edits.

/** Several times faster than structuredClone, which serialises; primitives are not recursed into. */
export function copyPlain<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out[i] = typeof v === "object" && v !== null ? copyPlain(v) : v;
    }
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const v: unknown = (value as Record<string, unknown>)[k];
    out[k] = typeof v === "object" && v !== null ? copyPlain(v) : v;
  }
  return out as T;
}
