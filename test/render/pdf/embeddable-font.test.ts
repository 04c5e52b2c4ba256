import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import { woffToSfnt } from "../../../src/fonts/woff-to-sfnt.js";
import { embeddableFont } from "../../../src/render/pdf/embeddable-font.js";

const require = createRequire(import.meta.url);
const file = (name: string) => require.resolve(`@fontsource/carlito/files/${name}`);

describe("woffToSfnt", () => {
  it("rebuilds the TrueType file the WOFF wraps: same glyphs, same advances, same metrics", () => {
    const path = file("carlito-latin-ext-700-normal.woff");
    const woff = fontkit.create(readFileSync(path));
    const sfnt = fontkit.create(woffToSfnt(readFileSync(path)));
    expect(woffToSfnt(readFileSync(path)).toString("latin1", 0, 4)).toBe("\u0000\u0001\u0000\u0000");
    expect(sfnt.numGlyphs).toBe(woff.numGlyphs);
    expect([sfnt.unitsPerEm, sfnt.ascent, sfnt.descent]).toEqual([woff.unitsPerEm, woff.ascent, woff.descent]);
    for (const ch of "ŁłźŻęą") {
      const cp = ch.codePointAt(0)!;
      expect(sfnt.hasGlyphForCodePoint(cp)).toBe(true);
      expect(sfnt.glyphForCodePoint(cp).id).toBe(woff.glyphForCodePoint(cp).id);
      expect(sfnt.hmtx.metrics.get(sfnt.glyphForCodePoint(cp).id)).toEqual(woff.hmtx.metrics.get(woff.glyphForCodePoint(cp).id));
    }
  });
});

describe("embeddableFont", () => {
  it("lays text out as plain advances, one glyph per character: no kerning, no ligatures", () => {
    const font = embeddableFont({ key: "carlito-latin-400-normal", path: file("carlito-latin-400-normal.woff") }) as unknown as {
      layout(text: string): { glyphs: Array<{ id: number; codePoints: number[]; advanceWidth: number }>; advanceWidth: number };
      hmtx: fontkit.Font["hmtx"];
      glyphForCodePoint(cp: number): fontkit.Glyph;
    };
    // "AV" kerns and "fi" forms a ligature when shaped
    const run = font.layout("AVfi");
    expect(run.glyphs.map((g) => g.codePoints)).toEqual([[65], [86], [102], [105]]);
    const plain = [..."AVfi"].reduce((w, ch) => w + font.hmtx.metrics.get(font.glyphForCodePoint(ch.codePointAt(0)!).id)!.advance, 0);
    expect(run.advanceWidth).toBe(plain);
  });
});
