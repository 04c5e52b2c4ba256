// The subset programs encoded from per-glyph parts must be fontkit's own bytes,
// for any glyphs in any order, composite glyphs (whose components join the
// subset as it is encoded) included.
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import fc from "fast-check";
import { embeddableFont } from "../../../src/render/pdf/embeddable-font.js";
import { encodeTtfSubset, type TtfSubsetInternals } from "../../../src/render/pdf/ttf-subset.js";

const require = createRequire(import.meta.url);
const fontOf = (pkg: string, name: string) => embeddableFont({ key: name, path: require.resolve(`@fontsource/${pkg}/files/${name}.woff`) });
const FONTS = [
  fontOf("carlito", "carlito-latin-400-normal"),
  fontOf("carlito", "carlito-latin-ext-700-normal"),
  fontOf("carlito", "carlito-latin-400-italic"),
  fontOf("noto-sans-sc", "noto-sans-sc-chinese-simplified-400-normal"),
];

function subsetOf(font: (typeof FONTS)[number], glyphs: number[]): TtfSubsetInternals {
  // fontkit creates subsets; its type declarations do not list the method.
  const subset = (font as unknown as { createSubset(): TtfSubsetInternals }).createSubset();
  for (const id of glyphs) subset.includeGlyph(id);
  return subset;
}

/** Ids of glyphs made of other glyphs, which the encoding renumbers. */
function compositeIds(font: (typeof FONTS)[number]): number[] {
  const out: number[] = [];
  for (let id = 0; id < font.numGlyphs && out.length < 20; id++) {
    const decoded = (font.getGlyph(id) as unknown as { _decode(): { numberOfContours: number } | null })._decode();
    if (decoded && decoded.numberOfContours < 0) out.push(id);
  }
  return out;
}

describe("encodeTtfSubset", () => {
  it("writes fontkit's program for random glyph lists, composites included", () => {
    for (const font of FONTS) {
      const composites = compositeIds(font);
      // The first program of a font comes from fontkit itself (its tables are reused after).
      const first = subsetOf(font, [3, 5]);
      encodeTtfSubset(first, first.encode.bind(first));
      const glyphId = fc.oneof(fc.integer({ min: 0, max: font.numGlyphs - 1 }), fc.constantFrom(...(composites.length > 0 ? composites : [1])));
      fc.assert(
        fc.property(fc.array(glyphId, { maxLength: 60 }), (ids) => {
          const viaFontkit = subsetOf(font, ids);
          const expected = viaFontkit.encode();
          const viaParts = subsetOf(font, ids);
          const actual = encodeTtfSubset(viaParts, () => {
            throw new Error("fontkit should not be asked");
          });
          expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
          expect(viaParts.glyphs).toEqual(viaFontkit.glyphs);
        }),
        { numRuns: 60 },
      );
    }
  });

  it("has composite glyphs to check in the Latin fonts", () => {
    expect(compositeIds(FONTS[0]).length).toBeGreaterThan(0);
  });
});
