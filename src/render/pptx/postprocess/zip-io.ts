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
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const entries = [...parts];
  // Shortest first: a kept deflate engine serves only parts at least as long as
  // the ones before it (raw-deflate.ts). The order of the entries is unchanged.
  const deflated = new Array<Deflated>(entries.length);
  entries
    .map(([, content], i) => [content.length, i] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .forEach(([, i]) => (deflated[i] = deflatePart(entries[i][1], level, crc32)));
  for (const [i, [name]] of entries.entries()) {
    const { packed, crc, size } = deflated[i];
    const nameBytes = Buffer.from(name, "utf8");
    const fields = { crc, packed: packed.length, size, dosDate, dosTime, name: nameBytes };
    const local = header(LOCAL_HEADER, fields);
    central.push(header(CENTRAL_HEADER, fields, offset));
    chunks.push(local, packed);
    offset += local.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

interface EntryFields {
  crc: number;
  packed: number;
  size: number;
  dosDate: number;
  dosTime: number;
  name: Buffer;
}

function header(signature: number, f: EntryFields, localOffset?: number): Buffer {
  const central = signature === CENTRAL_HEADER;
  const b = Buffer.alloc((central ? 46 : 30) + f.name.length);
  let at = 0;
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
  f.name.copy(b, at);
  return b;
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
