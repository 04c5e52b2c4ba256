// fontkit 2.0.4 ships no types. Only what src/fonts (and the PDF renderer via
// FontFile.font) relies on is declared; widen it here when a new member is used.
declare module "fontkit" {
  export interface Glyph {
    id: number;
    /** Font units. Throws on some empty glyphs of @fontsource .woff files (U+00A0): read hmtx instead. */
    advanceWidth: number;
    name?: string;
  }

  export interface HorizontalMetric {
    advance: number;
    bearing: number;
  }

  export interface Font {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    /** hhea ascent, font units, positive. */
    ascent: number;
    /** hhea descent, font units, negative. */
    descent: number;
    lineGap: number;
    numGlyphs: number;
    hmtx: { metrics: { length: number; get(index: number): HorizontalMetric | undefined } };
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(glyphId: number): Glyph;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
