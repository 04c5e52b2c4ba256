// fontkit inflates WOFF tables with tiny-inflate, which rejects some valid zlib
// streams: noto-sans-sc's subset [101] then has no cmap and hasGlyphForCodePoint
// throws. It also re-inflates a table on every read. So a .woff is unwrapped once
// with node:zlib into the plain sfnt it wraps (same tables, glyph ids and metrics).
import { inflateSync } from "node:zlib";

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface SfntTable {
  tag: number;
  checksum: number;
  data: Uint8Array;
}

export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x77 && bytes[1] === 0x4f && bytes[2] === 0x46 && bytes[3] === 0x46;
}

/** The sfnt (TrueType / OpenType) file a WOFF 1.0 file wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  const tables = readTables(woff);
  const pad4 = (n: number) => (n + 3) & ~3;
  const dataStart = SFNT_HEADER + tables.length * SFNT_ENTRY;
  const out = Buffer.alloc(dataStart + tables.reduce((sum, t) => sum + pad4(t.data.length), 0));
  const pow2 = 2 ** Math.floor(Math.log2(tables.length));
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // flavor: 0x00010000 or 'OTTO'
  out.writeUInt16BE(tables.length, 4);
  out.writeUInt16BE(16 * pow2, 6);
  out.writeUInt16BE(Math.log2(pow2), 8);
  out.writeUInt16BE(16 * (tables.length - pow2), 10);
  let offset = dataStart;
  tables.forEach((t, i) => {
    const entry = SFNT_HEADER + i * SFNT_ENTRY;
    out.writeUInt32BE(t.tag, entry);
    out.writeUInt32BE(t.checksum, entry + 4);
    out.writeUInt32BE(offset, entry + 8);
    out.writeUInt32BE(t.data.length, entry + 12);
    out.set(t.data, offset);
    offset += pad4(t.data.length);
  });
  return out;
}

function readTables(woff: Buffer): SfntTable[] {
  const count = woff.readUInt16BE(12);
  return Array.from({ length: count }, (_, i) => {
    const entry = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  });
}
