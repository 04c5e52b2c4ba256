// fontkit, linebreak and unicode-properties build their Unicode lookup tables
// when they are imported, by inflating embedded data with tiny-inflate, a
// pure-JavaScript inflater: about 130 ms of every process's start and of every
// batch worker's, a seventh of a one-plan build. node:zlib inflates the same
// raw-deflate bytes into the same output many times faster, so before those
// packages load, the CommonJS module cache is seeded with a zlib-backed
// function of tiny-inflate's exact contract. Import this module first.
import { createRequire, Module } from "node:module";
import { inflateRawSync } from "node:zlib";

/**
 * tiny-inflate's contract: inflate raw-deflate `source` into `dest` and return
 * `dest` when it was filled exactly, else a copy of the filled part.
 */
export function inflateInto(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const out = inflateRawSync(source);
  if (out.length > dest.length) throw new Error("Data error");
  dest.set(out);
  return out.length === dest.length ? dest : dest.slice(0, out.length);
}

/** Seeds the module cache for every tiny-inflate the font packages resolve to; returns how many. */
export function seedTinyInflate(): number {
  const require = createRequire(import.meta.url);
  const seeded = new Set<string>();
  for (const from of ["fontkit", "unicode-trie", "pdfkit"]) {
    let file: string;
    try {
      file = createRequire(require.resolve(from)).resolve("tiny-inflate");
    } catch {
      continue; // not installed where expected: the packages fall back to tiny-inflate itself
    }
    if (seeded.has(file) || require.cache[file]) continue;
    const mod = new Module(file);
    mod.filename = file;
    mod.loaded = true;
    mod.exports = inflateInto;
    require.cache[file] = mod;
    seeded.add(file);
  }
  return seeded.size;
}

seedTinyInflate();
