// A minimal ZIP reader and writer on node:zlib. JSZip spends ~100 ms per deck
// in its chunked, promise-driven pipeline; these do the same work in a few ms,
// and the writer is deterministic by construction: fixed dates, given order,
// no extra fields, DOS attributes.
import zlib from "node:zlib";
import type { Parts } from "./parts.js";
import { isXmlPart } from "./parts.js";
import { deflatePart, type Deflated } from "./deflate-memo.js";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;
const END_BYTES = 22;
/** Bit 11: names are UTF-8; set only when a name needs it, as Office itself does. */
const UTF8_FLAG = 0x0800;
const STORED = 0;
const DEFLATED = 8;

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

/** Reads a ZIP (stored or deflated entries, no ZIP64, no encryption) into parts. */
export function readZip(bytes: Uint8Array): Parts {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== END_OF_CENTRAL) end--;
  if (end < 0) throw new ZipFormatError("no end of central directory");
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const parts: Parts = new Map();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== CENTRAL_HEADER) throw new ZipFormatError("bad central directory entry");
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith("/")) continue;
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + compressedSize);
    const data = method === STORED ? raw : method === DEFLATED ? zlib.inflateRawSync(raw) : undefined;
    if (!data) throw new ZipFormatError(`unsupported compression method ${method} for ${name}`);
    parts.set(name, isXmlPart(name) ? data.toString("utf8") : new Uint8Array(data));
  }
  return parts;
}

export interface WriteZipOptions {
  /** Every entry's modification time. */
  date: Date;
  /** zlib level; XML compresses well at any level, lower is faster. */
  level: number;
}

/** Writes the parts, in the map's order, deflated. */
export function writeZip(parts: Parts, { date, level }: WriteZipOptions): Uint8Array {
  const { dosDate, dosTime } = toDos(date);
  const entries = [...parts];
  // Shortest first: a kept deflate engine serves only parts at least as long as
  // the ones before it (raw-deflate.ts). The order of the entries is unchanged.
  const deflated = new Array<Deflated>(entries.length);
  entries
    .map(([, content], i) => [content.length, i] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .forEach(([, i]) => (deflated[i] = deflatePart(entries[i][1], level, crc32, mayRepeat(entries[i][0]))));
  // The whole file is laid out in one buffer: local headers and data, then the
  // central directory, then its end record.
  const fields = entries.map(([name], i): EntryFields => {
    const { packed, crc, size } = deflated[i];
    return { crc, packed: packed.length, size, dosDate, dosTime, name: Buffer.from(name, "utf8") };
  });
  let dataBytes = 0;
  let directoryBytes = 0;
  for (const f of fields) {
    dataBytes += LOCAL_HEADER_BYTES + f.name.length + f.packed;
    directoryBytes += CENTRAL_HEADER_BYTES + f.name.length;
  }
  // A buffer of its own (never a slice of Node's pool): callers may keep its `.buffer`.
  const out = Buffer.allocUnsafeSlow(dataBytes + directoryBytes + END_BYTES);
  let at = 0;
  const offsets = fields.map((f, i) => {
    const offset = at;
    at = header(out, at, LOCAL_HEADER, f);
    at += deflated[i].packed.copy(out, at);
    return offset;
  });
  fields.forEach((f, i) => (at = header(out, at, CENTRAL_HEADER, f, offsets[i])));
  out.fill(0, at, at + END_BYTES);
  out.writeUInt32LE(END_OF_CENTRAL, at);
  out.writeUInt16LE(parts.size, at + 8);
  out.writeUInt16LE(parts.size, at + 10);
  out.writeUInt32LE(directoryBytes, at + 12);
  out.writeUInt32LE(dataBytes, at + 16);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/**
 * Slides are unique to their deck (each names its own number), so looking them
 * up among remembered parts only costs the hashing of their text. Other parts
 * (masters, layouts, relationships, charts...) do repeat across decks.
 */
function mayRepeat(name: string): boolean {
  return !(name.startsWith("ppt/slides/slide") && name.endsWith(".xml"));
}

interface EntryFields {
  crc: number;
  packed: number;
  size: number;
  dosDate: number;
  dosTime: number;
  name: Buffer;
}

/** Writes a local (or central) file header at `at`; returns the offset just past it. */
function header(b: Buffer, start: number, signature: number, f: EntryFields, localOffset?: number): number {
  const central = signature === CENTRAL_HEADER;
  let at = start;
  const u16 = (v: number) => (at = b.writeUInt16LE(v, at));
  const u32 = (v: number) => (at = b.writeUInt32LE(v >>> 0, at));
  u32(signature);
  if (central) u16(20); // version made by: 2.0, MS-DOS
  u16(20); // version needed: 2.0 (deflate)
  u16(f.name.some((byte) => byte > 0x7f) ? UTF8_FLAG : 0);
  u16(DEFLATED);
  u16(f.dosTime);
  u16(f.dosDate);
  u32(f.crc);
  u32(f.packed);
  u32(f.size);
  u16(f.name.length);
  u16(0); // extra field length
  if (central) {
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(localOffset ?? 0);
  }
  return at + f.name.copy(b, at);
}

function toDos(date: Date): { dosDate: number; dosTime: number } {
  return {
    dosDate: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
  };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** zlib.crc32 exists from Node 20.15; the table fallback keeps older 20.x working. */
function crc32(data: Buffer): number {
  const native = (zlib as { crc32?: (d: Buffer) => number }).crc32;
  if (native) return native(data);
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
