import { describe, expect, it } from "vitest";
import { baselineOffset, ellipsize, lineHeightFor, longestWordWidth, missingCharactersError, naturalWidth, textWidth } from "../../../src/layout/text/index.js";
import { stack, widthIn } from "./stack.js";

describe("line geometry", () => {
  it("uses one pitch factor, rounded to what PPTX can store", () => {
    expect(lineHeightFor(10)).toBe(12);
    expect(lineHeightFor(13)).toBe(15.6);
    expect(lineHeightFor(10.5)).toBe(12.6);
  });

  it("centres the glyph box in the line slot", () => {
    const size = 20;
    const l = lineHeightFor(size);
    const b = baselineOffset(stack, size, l);
    // Space above the ascent equals space below the descent.
    expect(b - stack.ascent(size)).toBeCloseTo(l - b - stack.descent(size), 9);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(l);
  });
});

describe("widths", () => {
  it("converts points to inches and takes the widest hard line", () => {
    expect(textWidth(stack, "Kraków", { size: 12 })).toBeCloseTo(stack.measure("Kraków", { size: 12 }) / 72, 12);
    expect(naturalWidth(stack, "a\nbien plus long\nb", { size: 12 })).toBeCloseTo(widthIn("bien plus long", 12), 12);
    expect(longestWordWidth(stack, "un mot interminable ici", { size: 12 })).toBeCloseTo(widthIn("interminable", 12), 12);
    expect(naturalWidth(stack, "", { size: 12 })).toBe(0);
  });
});

describe("ellipsize", () => {
  const style = { size: 12 };
  it("appends … when the line already fits, dropping dangling punctuation", () => {
    expect(ellipsize(stack, "Suite du texte,", style, 500)).toBe("Suite du texte…");
  });

  it("shortens to fit, at a word boundary when that keeps most of the line", () => {
    const line = "Renforcer la relation commerciale";
    const max = stack.measure(line, style) - 2;
    const out = ellipsize(stack, line, style, max);
    expect(out).toBe("Renforcer la relation…");
    expect(stack.measure(out, style)).toBeLessThanOrEqual(max);
  });
});

describe("missingCharactersError", () => {
  it("names the field and the code points", () => {
    const err = missingCharactersError(stack, "Bravo 😀", "actions[2].title");
    expect(err?.message).toContain("actions[2].title");
    expect(err?.message).toContain("U+1F600");
    expect(err?.characters).toEqual(["😀"]);
    expect(missingCharactersError(stack, "Łódź 上海", "x")).toBeUndefined();
  });
});
