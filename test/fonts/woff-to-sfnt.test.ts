import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { getFontStack } from "../../src/fonts/index.js";
import { isWoff, woffToSfnt } from "../../src/fonts/woff-to-sfnt.js";

const require = createRequire(import.meta.url);
const file = (pkg: string, name: string) => require.resolve(`${pkg}/files/${name}`);

describe("woffToSfnt", () => {
  it("keeps glyph ids and advances of the WOFF it unwraps", () => {
    const woff = readFileSync(file("@fontsource/carlito", "carlito-latin-400-normal.woff"));
    expect(isWoff(woff)).toBe(true);
    const sfnt = woffToSfnt(woff);
    expect(isWoff(sfnt)).toBe(false);
    const a = fontkit.create(woff);
    const b = fontkit.create(sfnt);
    expect(b.numGlyphs).toBe(a.numGlyphs);
    expect(b.unitsPerEm).toBe(a.unitsPerEm);
    for (const ch of "AMgé€«") {
      const cp = ch.codePointAt(0)!;
      expect(b.glyphForCodePoint(cp).id).toBe(a.glyphForCodePoint(cp).id);
      expect(b.glyphForCodePoint(cp).advanceWidth).toBe(a.glyphForCodePoint(cp).advanceWidth);
    }
  });

  it("reads the noto-sans-sc subset whose cmap fontkit's own inflater rejects", () => {
    const woff = readFileSync(file("@fontsource/noto-sans-sc", "noto-sans-sc-101-400-normal.woff"));
    expect(fontkit.create(woffToSfnt(woff)).hasGlyphForCodePoint(0x4e4d)).toBe(true);
    const stack = getFontStack({ face: "Calibri", twin: "@fontsource/carlito", fallbacks: ["@fontsource/noto-sans-sc"] });
    expect(stack.segment("乍")[0].key).toBe("noto-sans-sc-101-400-normal");
    expect(stack.missing("乍◇")).toEqual([]);
  });
});
