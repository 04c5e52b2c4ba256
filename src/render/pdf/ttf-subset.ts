// fontkit 2.0.4's TTFSubset.encode, same bytes, without its per-document cost.
// pdfkit subsets every font of every document; fontkit then re-reads each
// glyph from the font, asks for its metrics, deep-clones head, hhea and maxp
// and lays everything out through restructure's generic encoders. A program is
// only: a table directory, the font's own head / cvt / prep / fpgm tables, an
// hhea and maxp whose glyph counts change, and per glyph its outline bytes, its
// loca offset and its hmtx entry. Those parts are read once per font and per
// glyph (kept for the process: a few hundred bytes per glyph ever drawn, at
// most 512 KiB per font file) and
// the program is concatenated from them. The first subset of each font is
// encoded by fontkit itself, and its tables are the ones reused.
import type { Font } from "fontkit";

/** The fontkit 2.0.4 TTFSubset fields encode() uses. */
export interface TtfSubsetInternals {
  font: Font;
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}

interface FontkitGlyph {
  advanceWidth: number;
  _decode(): { numberOfContours: number; components?: Array<{ glyphID: number; pos: number }> } | null;
  _getMetrics(): { leftBearing: number };
}
interface FontkitFontInternals {
  directory: { tables: Record<string, unknown> };
  loca: { version: number; offsets: number[] };
  _variationProcessor?: unknown;
  getGlyph(id: number): FontkitGlyph;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array } | null;
}

interface GlyphRecord {
  /** The outline as the font stores it. */
  bytes: Uint8Array;
  /** A composite glyph's components: their ids are renumbered in the subset. */
  components?: Array<{ glyphID: number; pos: number }>;
  advance: number;
  bearing: number;
}

interface FontParts {
  /** Table tags in fontkit's order (tables the font lacks are absent). */
  tags: string[];
  /** The bytes of the tables that do not depend on the glyphs (hhea and maxp are patched). */
  fixed: Map<string, Uint8Array>;
  /** Directory header fields after the tag (numTables, searchRange, entrySelector, rangeShift). */
  header: Uint8Array;
  locaVersion: number;
  glyphs: Map<number, GlyphRecord>;
  /** Outline bytes held in `glyphs`. */
  heldBytes: number;
}

/**
 * Outline bytes kept per font file at most: a Latin file's drawn glyphs take
 * ~40 KiB; past the cap (a CJK file drawing thousands of characters) glyphs are
 * read anew each time rather than kept.
 */
const MAX_GLYPH_BYTES_PER_FONT = 512 * 1024;

const parts = new WeakMap<object, FontParts>();

/** The tables of fontkit's own encoding of a subset, by tag, in directory order. */
function tablesOf(program: Uint8Array): Array<[string, Uint8Array]> {
  const view = new DataView(program.buffer, program.byteOffset, program.byteLength);
  const count = view.getUint16(4);
  const out: Array<[string, Uint8Array]> = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...program.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    out.push([tag, program.subarray(offset, offset + length)]);
  }
  return out;
}

const VARIABLE = new Set(["loca", "glyf", "hmtx"]);

function partsFrom(font: FontkitFontInternals, reference: Uint8Array): FontParts {
  const tables = tablesOf(reference);
  const fixed = new Map<string, Uint8Array>();
  for (const [tag, bytes] of tables) if (!VARIABLE.has(tag)) fixed.set(tag, new Uint8Array(bytes));
  return { tags: tables.map(([tag]) => tag), fixed, header: reference.slice(4, 12), locaVersion: font.loca.version, glyphs: new Map(), heldBytes: 0 };
}

/** fontkit's _addGlyph reads, once per glyph. */
function glyphRecord(font: FontkitFontInternals, p: FontParts, gid: number): GlyphRecord {
  let record = p.glyphs.get(gid);
  if (record) return record;
  const glyph = font.getGlyph(gid);
  const glyf = glyph._decode();
  const start = font.loca.offsets[gid];
  const end = font.loca.offsets[gid + 1];
  const stream = font._getTableStream("glyf")!;
  stream.pos += start;
  const bytes = new Uint8Array(stream.readBuffer(end - start));
  record = { bytes, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
  if (glyf && glyf.numberOfContours < 0) record.components = (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos }));
  if (p.heldBytes + bytes.length <= MAX_GLYPH_BYTES_PER_FONT) {
    p.glyphs.set(gid, record);
    p.heldBytes += bytes.length;
  }
  return record;
}

/**
 * The subset's program, byte for byte fontkit's encode(); like it, includes
 * composite glyphs' components in the subset as it goes. Falls back to fontkit
 * for variable fonts (whose outlines fontkit re-encodes) and anything but
 * TrueType outlines (a CFF font has another subsetter).
 */
export function encodeTtfSubset(subset: TtfSubsetInternals, fontkitEncode: () => Uint8Array): Uint8Array {
  const font = subset.font as unknown as FontkitFontInternals;
  if (font._variationProcessor || !font.directory?.tables?.glyf || "cff" in subset) return fontkitEncode();
  let p = parts.get(font);
  if (!p) {
    const program = fontkitEncode();
    parts.set(font, partsFrom(font, program));
    return program;
  }
  const outlines: Uint8Array[] = [];
  const records: GlyphRecord[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (let i = 0; i < subset.glyphs.length; i++) {
    const record = glyphRecord(font, p, subset.glyphs[i]);
    let bytes = record.bytes;
    if (record.components) {
      bytes = new Uint8Array(bytes);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (const c of record.components) view.setUint16(c.pos, subset.includeGlyph(c.glyphID));
    }
    outlines.push(bytes);
    records.push(record);
    offsets.push(offset);
    offset += bytes.length;
  }
  offsets.push(offset);
  const count = records.length;

  const hhea = new Uint8Array(p.fixed.get("hhea")!);
  new DataView(hhea.buffer).setUint16(34, count);
  const maxp = new Uint8Array(p.fixed.get("maxp")!);
  new DataView(maxp.buffer).setUint16(4, count);
  const shortLoca = p.locaVersion === 0;
  const loca = new Uint8Array(offsets.length * (shortLoca ? 2 : 4));
  const locaView = new DataView(loca.buffer);
  offsets.forEach((o, i) => (shortLoca ? locaView.setUint16(2 * i, o >>> 1) : locaView.setUint32(4 * i, o)));
  const hmtx = new Uint8Array(4 * count);
  const hmtxView = new DataView(hmtx.buffer);
  records.forEach((r, i) => {
    hmtxView.setUint16(4 * i, r.advance);
    hmtxView.setInt16(4 * i + 2, r.bearing);
  });
  const glyf = Buffer.concat(outlines, offset);

  const bodies = p.tags.map((tag) => {
    if (tag === "hhea") return hhea;
    if (tag === "maxp") return maxp;
    if (tag === "loca") return loca;
    if (tag === "hmtx") return hmtx;
    if (tag === "glyf") return glyf;
    return p!.fixed.get(tag)!;
  });
  const directory = 12 + 16 * bodies.length;
  const size = bodies.reduce((n, b) => n + b.length, directory);
  const out = Buffer.alloc(size);
  out.write("true", 0, "latin1");
  out.set(p.header, 4);
  let at = directory;
  p.tags.forEach((tag, i) => {
    const entry = 12 + 16 * i;
    out.write(tag, entry, "latin1");
    // fontkit leaves every checksum 0.
    out.writeUInt32BE(at, entry + 8);
    out.writeUInt32BE(bodies[i].length, entry + 12);
    out.set(bodies[i], at);
    at += bodies[i].length;
  });
  return out;
}
