// Every deck carries the same masters, layouts, theme, properties and per-chart
// workbook parts as the one before it, and most entries are small, where zlib's
// per-call setup costs more than the compression. Entries seen before are not
// deflated again: content seen twice is remembered with its deflated bytes and
// CRC. Deflate is deterministic, so the package bytes are unchanged.
import { deflateRawWhole } from "./raw-deflate.js";
import { utf8Transient } from "./utf8-scratch.js";

export interface Deflated {
  packed: Buffer;
  crc: number;
  /** Bytes before deflating. */
  size: number;
}

/** Parts larger than this are unique slides or media: not worth remembering. */
const MAX_REMEMBERED_BYTES = 16 * 1024;
const MAX_CANDIDATES = 128;
const MAX_REMEMBERED = 128;

// Keyed by the part's own text (no copy) in one pair of maps per level.
// Binary parts are remembered by identity: a chart's workbook is the same
// byte array in every deck that shows the chart (package-parts.ts), and the
// entry goes when the array does.
const binaries = new WeakMap<Uint8Array, Map<number, Deflated>>();
const candidates = new Map<number, Set<string>>();
const remembered = new Map<number, Map<string, Deflated>>();

function bounded<T>(collection: Set<T> | Map<T, unknown>, max: number): void {
  if (collection.size >= max) collection.delete(collection.keys().next().value!);
}

function deflate(content: string | Uint8Array, level: number, crc32: (d: Buffer) => number): Deflated {
  // The encoded text is a transient view: deflated and hashed before the next part is encoded.
  const data = typeof content === "string" ? utf8Transient(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return { packed: deflateRawWhole(data, level), crc: crc32(data), size: data.length };
}

/**
 * Deflates a part (XML as UTF-8), reusing an earlier result for the same XML
 * text and level. `mayRepeat: false` (a slide) skips the memo: same result.
 */
export function deflatePart(content: string | Uint8Array, level: number, crc32: (d: Buffer) => number, mayRepeat = true): Deflated {
  if (typeof content !== "string") return deflateBinary(content, level, crc32);
  if (!mayRepeat || content.length > MAX_REMEMBERED_BYTES) return deflate(content, level, crc32);
  let seen = candidates.get(level);
  let kept = remembered.get(level);
  if (!seen || !kept) {
    candidates.set(level, (seen = new Set()));
    remembered.set(level, (kept = new Map()));
  }
  const hit = kept.get(content);
  if (hit) return hit;
  const done = deflate(content, level, crc32);
  if (seen.has(content)) {
    seen.delete(content);
    bounded(kept, MAX_REMEMBERED);
    kept.set(content, done);
  } else {
    bounded(seen, MAX_CANDIDATES);
    seen.add(content);
  }
  return done;
}

function deflateBinary(content: Uint8Array, level: number, crc32: (d: Buffer) => number): Deflated {
  let byLevel = binaries.get(content);
  if (!byLevel) binaries.set(content, (byLevel = new Map()));
  let done = byLevel.get(level);
  if (!done) byLevel.set(level, (done = deflate(content, level, crc32)));
  return done;
}
