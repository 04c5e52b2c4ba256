// isStableUnderNfc lets the font stack skip normalising most text. It must only
// ever say "stable" for text NFC leaves alone, and canDrawAll must never say
// "drawable" for text missing() would report.
import { describe, expect, it } from "vitest";
import { getFontStack } from "../../src/fonts/index.js";
import { isStableUnderNfc, NFC_STABLE_RANGES } from "../../src/fonts/font-stack.js";

const accepted: string[] = [];
for (const [from, to] of NFC_STABLE_RANGES) for (let cp = from; cp <= to; cp++) accepted.push(String.fromCodePoint(cp));

describe("isStableUnderNfc", () => {
  it("accepts only characters that are their own NFC and not marks", () => {
    const wrong = accepted.filter((c) => c.normalize("NFC") !== c || /\p{M}/u.test(c) || !isStableUnderNfc(c));
    expect(wrong).toEqual([]);
  });

  it("accepts no two characters that compose", () => {
    // Precomposed letters included: "é" followed by anything accepted stays as it is.
    const composing: string[] = [];
    for (const a of accepted) for (const b of accepted) if ((a + b).normalize("NFC") !== a + b) composing.push(a + b);
    expect(composing).toEqual([]);
  });

  it("refuses combining marks, Hangul jamo and singletons", () => {
    for (const s of ["e\u0301", "\u1100\u1161", "\u212b", "\u2126", "\u2000", "上海", "👍"]) expect(isStableUnderNfc(s)).toBe(false);
    expect(isStableUnderNfc("Réunion « T4 » : 1\u202f250 € – l’équipe…")).toBe(true);
  });
});

describe("canDrawAll", () => {
  const stack = getFontStack({ face: "Calibri", twin: "@fontsource/carlito", fallbacks: ["@fontsource/noto-sans-sc"] });
  const texts = ["Budget", "Réunion à Saint-Étienne", "e\u0301cole", "上海 office", "Łukasz Wiśniewski", "Merci 👍", "مرحبا", "\u200bzero\u00adwidth", "नमस्ते", ""];
  it.each(texts)("agrees with missing() on %j", (text) => {
    for (const style of [{}, { bold: true }, { italic: true }]) {
      if (stack.canDrawAll(text, style)) expect(stack.missing(text, style)).toEqual([]);
      else expect(stack.missing(text, style).length).toBeGreaterThan(0);
    }
  });

  it("answers the same when asked again: only drawable characters are remembered, per style", () => {
    const styles = [{}, { bold: true }, { italic: true }, { bold: true, italic: true }];
    const ask = (order: string[]) => order.map((text) => styles.map((style) => stack.canDrawAll(text, style)));
    const first = ask(texts);
    expect(ask([...texts].reverse()).reverse()).toEqual(first);
    expect(ask(texts)).toEqual(first);
    // Characters remembered as drawable do not vouch for the one that is not.
    expect(stack.canDrawAll("Budget")).toBe(true);
    expect(stack.canDrawAll("Budget مرحبا")).toBe(false);
    expect(stack.canDrawAll("Budget مرحبا", { bold: true })).toBe(false);
  });
});
