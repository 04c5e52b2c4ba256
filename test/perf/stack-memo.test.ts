// The memoised font stack answers exactly what the stack itself computes, and
// what it hands out can be edited without corrupting later answers.
import { describe, expect, it } from "vitest";
import { createFontStack } from "../../src/fonts/font-stack.js";
import { memoizeStack } from "../../src/fonts/stack-memo.js";

const CONFIG = { face: "Calibri", twin: "@fontsource/carlito", fallbacks: ["@fontsource/noto-sans-sc"] };
const plain = createFontStack(CONFIG);
const memo = memoizeStack(createFontStack(CONFIG));
const TEXTS = ["Objectif 1 : croissance", "Łódź Zakłady", "华东区 Sales", "e\u0301té", "", "\u{1F600} smile"];
const STYLES = [{}, { bold: true }, { italic: true }, { bold: true, italic: true }];

describe("memoizeStack", () => {
  it("measures, segments and lists missing characters as the stack does, on first and later calls", () => {
    for (let round = 0; round < 2; round++) {
      for (const text of TEXTS) {
        for (const style of STYLES) {
          for (const size of [10, 13.5]) expect(memo.measure(text, { ...style, size })).toBe(plain.measure(text, { ...style, size }));
          expect(memo.segment(text, style).map((s) => [s.text, s.key])).toEqual(plain.segment(text, style).map((s) => [s.text, s.key]));
          expect(memo.missing(text, style)).toEqual(plain.missing(text, style));
        }
      }
    }
  });

  it("keeps sizes and styles apart", () => {
    expect(memo.measure("Budget", { size: 10 })).not.toBe(memo.measure("Budget", { size: 20 }));
    expect(memo.measure("Budget", { size: 10 })).not.toBe(memo.measure("Budget", { size: 10, bold: true }));
  });

  it("hands out copies", () => {
    const first = memo.segment("Łódź", {});
    first[0].text = "changed";
    first.length = 0;
    expect(memo.segment("Łódź", {}).map((s) => s.text).join("")).toBe("Łódź");
    const missing = memo.missing("\u{1F600}", {});
    missing.push("x");
    expect(memo.missing("\u{1F600}", {})).toEqual(plain.missing("\u{1F600}", {}));
  });
});
