// Subset font programs shared by the documents of one process. pdfkit subsets,
// encodes and deflates every font of every document; decks of one portfolio
// often use the very same glyphs in the very same first-use order (which fixes
// the subset's glyph ids), and then the program is the same bytes. Keyed by the
// font file and that ordered glyph list, so a hit is exactly what pdfkit would
// have encoded. Bounded: the least recently used programs go first.
import { deflateWhole } from "./deflate.js";

/** zlib's default level, pdfkit's for every stream. */
const PDFKIT_LEVEL = -1;

interface Program {
  key: string;
  raw: Uint8Array;
  /** pdfkit's deflate of `raw` (zlib defaults), made on first embedding. */
  deflated?: Uint8Array;
}

/** Bytes kept at most (raw + deflated), per worker: the hit rate is ~30 % and the gain ~2 % of PDF time, so memory (400 MiB for the whole batch) wins. */
const MAX_BYTES = 2 * 1024 * 1024;
const programs = new Map<string, Program>();
const byRaw = new WeakMap<Uint8Array, Program>();
let heldBytes = 0;
const stats = { hits: 0, misses: 0 };

function remember(program: Program): void {
  programs.set(program.key, program);
  byRaw.set(program.raw, program);
  heldBytes += program.raw.length;
  for (const [oldKey, old] of programs) {
    if (heldBytes <= MAX_BYTES) break;
    programs.delete(oldKey);
    heldBytes -= old.raw.length + (old.deflated?.length ?? 0);
  }
}

/** The encoded subset for `glyphs` (original ids in subset order), from the memo or `encode`. */
export function subsetProgram(fontKey: string, glyphs: readonly number[], encode: () => Uint8Array): Uint8Array {
  const key = `${fontKey}\u0000${glyphs.join(",")}`;
  const found = programs.get(key);
  if (found) {
    stats.hits++;
    // Most recently used last, so eviction takes the coldest.
    programs.delete(key);
    programs.set(key, found);
    return found.raw;
  }
  stats.misses++;
  const program: Program = { key, raw: encode() };
  remember(program);
  return program.raw;
}

/** The deflated bytes of a program this memo handed out; undefined for any other stream. */
export function deflatedProgramOf(raw: Uint8Array): Uint8Array | undefined {
  const program = byRaw.get(raw);
  if (!program) return undefined;
  if (!program.deflated) {
    program.deflated = deflateWhole(raw, PDFKIT_LEVEL);
    if (programs.get(program.key) === program) heldBytes += program.deflated.length;
  }
  return program.deflated;
}

/** Hits and misses since the process started (for measurements and tests). */
export function subsetProgramStats(): { hits: number; misses: number } {
  return { ...stats };
}
