// Every deck carries the same masters, layouts, theme, properties and per-chart
// workbook parts as the one before it, and most entries are small, where zlib's
// per-call setup costs more than the compression. Entries seen before are not
// deflated again: content seen twice is remembered with its deflated bytes and
// CRC. Deflate is deterministic, so the package bytes are unchanged.
import zlib from "node:zlib";

export interface Deflated {
  packed: Buffer;
  crc: number;
  /** Bytes before deflating. */
  size: number;
}

/** Parts larger than this are unique slides or media: not worth remembering. */
const MAX_REMEMBERED_BYTES = 16 * 1024;
const MAX_CANDIDATES = 1024;
const MAX_REMEMBERED = 256;

const candidates = new Set<string>();
const remembered = new Map<string, Deflated>();

function bounded<T>(collection: Set<T> | Map<T, unknown>, max: number): void {
  if (collection.size >= max) collection.delete(collection.keys().next().value!);
}

function deflate(content: string | Uint8Array, level: number, crc32: (d: Buffer) => number): Deflated {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return { packed: zlib.deflateRawSync(data, { level }), crc: crc32(data), size: data.length };
}

/** Deflates a part (XML as UTF-8), reusing an earlier result for the same XML text and level. */
export function deflatePart(content: string | Uint8Array, level: number, crc32: (d: Buffer) => number): Deflated {
  if (typeof content !== "string" || content.length > MAX_REMEMBERED_BYTES) return deflate(content, level, crc32);
  const key = `${level}\u0000${content}`;
  const hit = remembered.get(key);
  if (hit) return hit;
  const done = deflate(content, level, crc32);
  if (candidates.has(key)) {
    candidates.delete(key);
    bounded(remembered, MAX_REMEMBERED);
    remembered.set(key, done);
  } else {
    bounded(candidates, MAX_CANDIDATES);
    candidates.add(key);
  }
  return done;
}
