import { describe, expect, it } from "vitest";
import { fileForSubset, readFontPackage, type FontPackage } from "../../src/fonts/fontsource-package.js";
import { parseUnicodeRange, rangesContain } from "../../src/fonts/unicode-range.js";
import { getFontStack } from "../../src/fonts/index.js";

describe("parseUnicodeRange", () => {
  it("reads single code points, intervals and wildcards", () => {
    expect(parseUnicodeRange("U+0000-00FF, U+0131,U+1f1e6-1f1ff,U+4??")).toEqual([
      { from: 0, to: 0xff }, { from: 0x131, to: 0x131 }, { from: 0x1f1e6, to: 0x1f1ff }, { from: 0x400, to: 0x4ff },
    ]);
    const r = parseUnicodeRange("U+0100-02BA,U+20AC");
    expect(rangesContain(r, 0x141)).toBe(true);
    expect(rangesContain(r, 0x20ac)).toBe(true);
    expect(rangesContain(r, 0x41)).toBe(false);
  });
});

describe("readFontPackage", () => {
  it("lists the default subset first and maps numbered subsets to file names", () => {
    const carlito = readFontPackage("@fontsource/carlito");
    expect(carlito.id).toBe("carlito");
    expect(carlito.subsets[0].name).toBe("latin");
    const noto = readFontPackage("@fontsource/noto-sans-sc");
    const numbered = noto.subsets.find((s) => s.name === "[4]");
    expect(numbered?.fileName).toBe("4");
    expect(fileForSubset(noto, numbered!, { bold: true }).key).toBe("noto-sans-sc-4-700-normal");
  });

  it("falls back to 400 / normal when a package lacks bold or italic", () => {
    const pkg: FontPackage = { name: "x", id: "x", dir: "/x", weights: [300, 400], styles: ["normal"], subsets: [{ name: "latin", fileName: "latin", ranges: [] }] };
    expect(fileForSubset(pkg, pkg.subsets[0], { bold: true, italic: true }).key).toBe("x-latin-400-normal");
    expect(fileForSubset({ ...pkg, weights: [300] }, pkg.subsets[0], {}).key).toBe("x-latin-300-normal");
  });
});

describe("French formatting from Intl", () => {
  const stack = getFontStack({ face: "Calibri", twin: "@fontsource/carlito", fallbacks: [] });
  it("measures and draws fr-FR numbers (U+202F, U+00A0) with the twin alone", () => {
    const money = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(1234567.5);
    const pct = new Intl.NumberFormat("fr-FR", { style: "percent" }).format(0.12);
    expect(money).toMatch(/[\u202f\u00a0]/);
    expect(stack.missing(money + pct)).toEqual([]);
    const runs = stack.segment(money);
    expect(runs.map((r) => r.key)).toEqual(["carlito-latin-400-normal"]);
    expect(runs[0].text).not.toMatch(/[\u202f\u00a0]/);
    expect(stack.measure(money, { size: 10 })).toBeCloseTo(stack.measure(runs[0].text, { size: 10 }), 9);
  });
});
