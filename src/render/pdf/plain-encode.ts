// pdfkit's EmbeddedFont.encode for our plain fonts, without its detour: it
// splits the text at spaces, lays out and caches each word, concatenates the
// glyph and position arrays and scales every position, only for the TJ writer
// to find that no glyph of a plain run is kerned or offset. This does the same
// bookkeeping (subset ids in first-use order, widths, ToUnicode entries) and
// returns just what the run's operators need.
import type { PlainGlyph, PlainLayout } from "./embeddable-font.js";

/** The pdfkit 0.20.2 EmbeddedFont fields encode() reads and fills. */
export interface EmbeddedFontInternals {
  font: Partial<PlainLayout>;
  subset: { includeGlyph(id: number): number };
  widths: Array<number | undefined>;
  unicode: Array<number[] | undefined>;
  /** 1000 / units per em. */
  scale: number;
}

export interface PlainEncoding {
  /** The glyphs' subset ids, four hex digits each, as pdfkit writes them. */
  hex: string;
  /** Sum of the scaled advances, in pdfkit's order (thousandths of an em). */
  advance: number;
}

const hexCache: string[] = [];
/** Reused by every call: a run's glyph ids in hex, until they are joined. */
const hexParts: string[] = [];
function hex4(gid: number): string {
  return (hexCache[gid] ??= `0000${gid.toString(16)}`.slice(-4));
}

/** A code point already encoded in the document with this font: its subset id in hex and its scaled advance. */
interface Included {
  hex: string;
  advance: number;
}

/**
 * Per document font, by code point. Once a glyph is in the subset, encoding it
 * again changes nothing (same id; width and ToUnicode entry already recorded),
 * so only a code point's first use in a document does the bookkeeping.
 */
const includedByFont = new WeakMap<EmbeddedFontInternals, Map<number, Included>>();

/** Undefined when the font is not one of ours: the caller then goes through pdfkit. */
export function encodePlain(font: EmbeddedFontInternals, text: string): PlainEncoding | undefined {
  const plain = font.font;
  if (typeof plain?.plainGlyph !== "function") return undefined;
  let included = includedByFont.get(font);
  if (!included) includedByFont.set(font, (included = new Map()));
  // The hex digits are collected and joined once: `hex += ...` per glyph made a
  // rope of one node per glyph, kept by the document's encoding memo, which
  // the collector then copied and promoted (a fifth of what a batch promoted).
  const digits = hexParts;
  digits.length = 0;
  let advance = 0;
  // Code point by code point, as `for (const ch of text)` walks a string.
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    let glyph = included.get(cp);
    if (!glyph) {
      const g: PlainGlyph = plain.plainGlyph(cp);
      const gid = font.subset.includeGlyph(g.id);
      if (font.widths[gid] == null) font.widths[gid] = g.advanceWidth * font.scale;
      if (font.unicode[gid] == null) font.unicode[gid] = g.codePoints;
      glyph = { hex: hex4(gid), advance: g.advanceWidth * font.scale };
      included.set(cp, glyph);
    }
    digits.push(glyph.hex);
    advance += glyph.advance;
  }
  const hex = digits.join("");
  digits.length = 0;
  return { hex, advance };
}
