import { describe, expect, it } from "vitest";
import { FontError, getFontStack } from "../../src/fonts/index.js";

const fonts = { face: "Calibri", twin: "@fontsource/carlito", fallbacks: ["@fontsource/noto-sans-sc"] };
const stack = getFontStack(fonts);
const keys = (text: string, style = {}) => stack.segment(text, style).map((s) => s.key);

describe("segment", () => {
  it("keeps Basic Latin and French in the latin file", () => {
    expect(keys("Hello, world")).toEqual(["carlito-latin-400-normal"]);
    expect(keys("Éric prévoit 12 € d’économies « ici » œuvre")).toEqual(["carlito-latin-400-normal"]);
  });

  it("sends Polish, Czech and Turkish letters the latin file lacks to latin-ext", () => {
    const runs = stack.segment("Łukasz Wójcik, Kraków, Gdańsk");
    expect(runs.map((r) => r.key)).toEqual([
      "carlito-latin-ext-400-normal", "carlito-latin-400-normal", "carlito-latin-ext-400-normal", "carlito-latin-400-normal",
    ]);
    expect(runs.map((r) => r.text).join("")).toBe("Łukasz Wójcik, Kraków, Gdańsk");
    expect(keys("Dvořák ů")).toContain("carlito-latin-ext-400-normal");
    expect(keys("İstanbul şğ")).toContain("carlito-latin-ext-400-normal");
  });

  it("uses the greek and cyrillic subsets", () => {
    expect(keys("Αθήνα")).toEqual(["carlito-greek-400-normal"]);
    expect(keys("Москва")).toEqual(["carlito-cyrillic-400-normal"]);
  });

  it("falls back to Noto Sans SC for Chinese, one file per numbered subset", () => {
    const runs = stack.segment("王芳, 上海");
    expect(runs.every((r) => r.key.startsWith("noto-sans-sc-") || r.key.startsWith("carlito-"))).toBe(true);
    expect(runs.some((r) => /^noto-sans-sc-\d+-400-normal$/.test(r.key))).toBe(true);
    for (const r of runs) for (const ch of r.text.trim()) expect(r.file.font.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(true);
  });

  it("picks bold and italic files", () => {
    expect(keys("A", { bold: true })).toEqual(["carlito-latin-700-normal"]);
    expect(keys("A", { italic: true })).toEqual(["carlito-latin-400-italic"]);
    expect(keys("A", { bold: true, italic: true })).toEqual(["carlito-latin-700-italic"]);
    // noto-sans-sc has no italic: normal is used.
    expect(keys("王", { bold: true, italic: true })[0]).toMatch(/^noto-sans-sc-\d+-700-normal$/);
  });

  it("returns the same keys and file objects on every call", () => {
    const a = stack.segment("Gdańsk 上海");
    const b = getFontStack({ ...fonts }).segment("Gdańsk 上海");
    expect(b.map((s) => s.key)).toEqual(a.map((s) => s.key));
    expect(b[0].file).toBe(a[0].file);
    expect(stack.fontFor(a[0].key)).toBe(a[0].file);
  });

  it("keeps spaces and combining marks with their neighbour and normalises to NFC", () => {
    expect(stack.segment("Gdańsk is").map((s) => s.text)).toEqual(["Gda", "ń", "sk is"]);
    expect(stack.segment("e\u0301t\u00e9")).toEqual([expect.objectContaining({ text: "été", key: "carlito-latin-400-normal" })]);
  });

  it("draws no-break spaces as plain spaces (pdfkit cannot draw the woff's U+00A0)", () => {
    expect(stack.segment("1\u202f234\u00a0€").map((s) => s.text).join("")).toBe("1 234 €");
    expect(stack.missing("1\u202f234\u00a0€ : 5\u00a0%")).toEqual([]);
  });
});

describe("missing", () => {
  it("reports emoji and Arabic once each, in order", () => {
    expect(stack.missing("Bravo 😀 😀 مرحبا")).toEqual(["😀", "م", "ر", "ح", "ب", "ا"]);
    expect(stack.missing("Łukasz Αθήνα Москва 王芳")).toEqual([]);
  });

  it("measures missing characters with the twin's .notdef", () => {
    const notdef = stack.fontFor("carlito-latin-400-normal").font.hmtx.metrics.get(0)!.advance;
    expect(stack.measure("😀", { size: 2048 })).toBeCloseTo(notdef, 6);
  });

  it("reports Chinese as missing when the theme has no CJK fallback", () => {
    const latinOnly = getFontStack({ face: "Calibri", twin: "@fontsource/carlito", fallbacks: [] });
    expect(latinOnly.missing("上海 ok")).toEqual(["上", "海"]);
  });
});

describe("measure", () => {
  const regular = () => stack.fontFor("carlito-latin-400-normal").font;

  it("equals the font's own advance (Carlito shares Calibri's metrics)", () => {
    const f = regular();
    const m = f.glyphForCodePoint(77).advanceWidth;
    expect(stack.measure("M", { size: 10 })).toBeCloseTo((m * 10) / f.unitsPerEm, 9);
    const sum = [..."Kraków"].reduce((w, ch) => w + f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, 0);
    expect(stack.measure("Kraków", { size: 12 })).toBeCloseTo((sum * 12) / f.unitsPerEm, 9);
  });

  it("scales linearly with size and adds runs of different files", () => {
    const w = stack.measure("Gdańsk", { size: 10 });
    expect(stack.measure("Gdańsk", { size: 20 })).toBeCloseTo(2 * w, 9);
    expect(stack.measure("Gdańsk Gdańsk", { size: 10 })).toBeCloseTo(2 * w + stack.measure(" ", { size: 10 }), 9);
  });

  it("is wider in bold", () => {
    for (const t of ["Quarterly business review", "Łódź", "Москва"]) {
      expect(stack.measure(t, { size: 12, bold: true })).toBeGreaterThan(stack.measure(t, { size: 12 }));
    }
  });

  it("measures Chinese as full-width ideographs", () => {
    expect(stack.measure("上海", { size: 10 })).toBeCloseTo(20, 1);
  });

  it("gives zero width to control and format characters", () => {
    expect(stack.measure("a\u200bb\u00adc", { size: 10 })).toBeCloseTo(stack.measure("abc", { size: 10 }), 9);
    expect(stack.missing("a\u200bb")).toEqual([]);
  });

  it("exposes vertical metrics from the twin's hhea table", () => {
    const f = regular();
    expect(stack.ascent(10)).toBeCloseTo((f.ascent * 10) / f.unitsPerEm, 9);
    expect(stack.descent(10)).toBeGreaterThan(0);
    expect(stack.ascent(10) + stack.descent(10)).toBeGreaterThan(10);
  });
});

describe("errors", () => {
  it("throws a typed error for a package that is not installed", () => {
    expect(() => getFontStack({ face: "X", twin: "@fontsource/not-a-font-kamdeck", fallbacks: [] })).toThrow(FontError);
  });

  it("throws a typed error for an unknown key", () => {
    expect(() => stack.fontFor("carlito-klingon-400-normal")).toThrow(FontError);
  });
});
