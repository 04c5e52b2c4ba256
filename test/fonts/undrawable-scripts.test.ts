// Scripts no file of the default stack draws must come back as missing characters,
// never as a fontkit crash: noto-sans-sc's subset [101] claims some Devanagari
// letters in its unicode-range without having them.
import { describe, expect, it } from "vitest";
import { getFontStack } from "../../src/fonts/index.js";

const stack = getFontStack({ face: "Calibri", twin: "@fontsource/carlito", fallbacks: ["@fontsource/noto-sans-sc"] });
const STYLES = [{}, { bold: true }, { italic: true }, { bold: true, italic: true }];

describe("characters no file draws", () => {
  it("reports Devanagari missing in every style, letters claimed by noto-sans-sc [101] included", () => {
    for (const style of STYLES) expect(stack.missing("नमस्ते", style)).toEqual(["न", "म", "स", "्", "त", "े"]);
  });

  it("walks the whole Devanagari block in every style without throwing", () => {
    const block = Array.from({ length: 0x80 }, (_, i) => String.fromCodePoint(0x900 + i)).join("");
    for (const style of STYLES) {
      expect(() => stack.segment(block, style)).not.toThrow();
      expect(stack.measure(block, { ...style, size: 12 })).toBeGreaterThan(0);
      expect(stack.missing(block, style).length).toBeGreaterThan(100);
    }
  });

  it("treats variation selectors as zero-width: only the emoji itself is reported", () => {
    expect(stack.missing("❤️ ok")).toEqual(["❤"]);
    expect(stack.missing("Livré\uFE0F")).toEqual([]);
    expect(stack.measure("ok\uFE0F", { size: 12 })).toBeCloseTo(stack.measure("ok", { size: 12 }), 6);
  });
});
