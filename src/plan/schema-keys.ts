// The keys a zod schema allows at a given path, found by walking the schema the
// way the value was walked: through optional/default/nullable wrappers, arrays
// and unions. Used to suggest the key an unknown one was meant to be.
import type { z } from "zod";

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; shape?: Record<string, z.ZodType>; in?: z.ZodType };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strips the wrappers that do not change the shape of the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    if (def.innerType && ["optional", "default", "nullable", "prefault", "readonly", "catch", "nonoptional"].includes(def.type)) s = def.innerType;
    else if (def.type === "pipe" && def.in) s = def.in;
    else break;
  }
  return s;
}

/** Candidate schemas at `path` (several when a union offers several objects). */
function schemasAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): z.ZodType[] {
  let current = [unwrap(schema)];
  for (const seg of path) {
    const next: z.ZodType[] = [];
    for (const s of current.flatMap(expandUnion)) {
      const def = defOf(s);
      if (def.type === "array" && typeof seg === "number" && def.element) next.push(unwrap(def.element));
      if (def.type === "object" && typeof seg === "string" && def.shape?.[seg]) next.push(unwrap(def.shape[seg]));
    }
    current = next;
  }
  return current.flatMap(expandUnion);
}

function expandUnion(s: z.ZodType): z.ZodType[] {
  const def = defOf(s);
  return def.type === "union" && def.options ? def.options.map(unwrap).flatMap(expandUnion) : [s];
}

/** The keys allowed in the mapping at `path`, in schema order. */
export function allowedKeysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  // Restoring colon items asks this for every list item of every plan: remembered per
  // schema and path shape (an index only matters as "some index" to schemasAt).
  const key = shapeKey(path);
  if (key === undefined) return keysAt(schema, path);
  let memo = memos.get(schema);
  if (!memo || memo.size >= MAX_PATHS) memos.set(schema, (memo = new Map()));
  let keys = memo.get(key);
  if (!keys) memo.set(key, (keys = keysAt(schema, path)));
  return keys.slice();
}

/** Paths remembered per schema; unknown keys in plans make new paths, so it is bounded. */
const MAX_PATHS = 2_000;
const memos = new WeakMap<z.ZodType, Map<string, string[]>>();

function shapeKey(path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path.some((seg) => typeof seg === "symbol")) return undefined;
  return JSON.stringify(path.map((seg) => (typeof seg === "number" ? 0 : seg)));
}

function keysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(schema, path)) {
    const def = defOf(s);
    if (def.type === "object" && def.shape) for (const k of Object.keys(def.shape)) keys.add(k);
  }
  return [...keys];
}
