// pdfkit subsets a font by reading its glyf table glyph by glyph, and fontkit
// re-inflates a WOFF table on every read: embedding one CJK run cost ~100 ms.
// So the PDF embeds each font file as the plain sfnt (TrueType/OpenType) the
// WOFF wraps, rebuilt once per process: same glyph ids and metrics.
import { inflateSync } from "node:zlib";

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface Table {
  tag: number;
  checksum: number;
  data: Buffer;
}

function readWoffTables(woff: Buffer): { flavor: number; tables: Table[] } {
  const count = woff.readUInt16BE(12);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const [offset, compLength, origLength] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw });
  }
  return { flavor: woff.readUInt32BE(4), tables };
}

/** Rebuilds the sfnt file a WOFF wraps (WOFF 1.0: zlib-compressed tables). */
export function woffToSfnt(woff: Buffer): Buffer {
  const { flavor, tables } = readWoffTables(woff);
  const pad4 = (n: number) => (n + 3) & ~3;
  const size = SFNT_HEADER + tables.length * SFNT_ENTRY + tables.reduce((s, t) => s + pad4(t.data.length), 0);
  const out = Buffer.alloc(size);
  const log2 = Math.floor(Math.log2(tables.length));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(tables.length, 4);
  out.writeUInt16BE(16 * 2 ** log2, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(16 * tables.length - 16 * 2 ** log2, 10);
  let offset = SFNT_HEADER + tables.length * SFNT_ENTRY;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}
