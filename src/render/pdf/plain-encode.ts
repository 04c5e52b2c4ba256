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
function hex4(gid: number): string {
  return (hexCache[gid] ??= `0000${gid.toString(16)}`.slice(-4));
}

/** Undefined when the font is not one of ours: the caller then goes through pdfkit. */
export function encodePlain(font: EmbeddedFontInternals, text: string): PlainEncoding | undefined {
  if (typeof font.font?.plainGlyphs !== "function") return undefined;
  const glyphs: PlainGlyph[] = font.font.plainGlyphs(text);
  let hex = "";
  let advance = 0;
  for (const glyph of glyphs) {
    const gid = font.subset.includeGlyph(glyph.id);
    hex += hex4(gid);
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    advance += glyph.advanceWidth * font.scale;
  }
  return { hex, advance };
}
