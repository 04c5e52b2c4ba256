// splitAtoms has a fast path for text without astral characters, working on char
// codes; it must cut every line exactly where the general, per-code-point path does.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { splitAtomsByCodePoint, splitAtomsByCodeUnit } from "../../../src/layout/text/break-opportunities.js";

// Everything the rules look at: spaces and no-break spaces, the French high
// punctuation, quotes and brackets, hyphens and slashes, CJK and its punctuation,
// combining marks, joiners and variation selectors, plain letters and digits.
const ALPHABET = [..."ab Z9 \t-/\u2010\u2013:;!?%»«()[]{}‘’“”\u00a0\u202f、。，上海한국（）…·\u0301\u0327\u200d\ufe0f.é"];
const lines = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join(""));

describe("splitAtoms fast path", () => {
  it("cuts like the per-code-point rules", () => {
    fc.assert(fc.property(lines, (line) => {
      expect(splitAtomsByCodeUnit(line)).toEqual(splitAtomsByCodePoint(line));
    }), { numRuns: 5000 });
  });

  it("cuts real sentences like the per-code-point rules", () => {
    for (const line of [
      "Réunion trimestrielle : 1\u202f250\u00a0€ « oui » !",
      "Saint-Étienne / Q3/Q4 -- a-5 -b x- y",
      "上海办公室，二〇二六年。（试点）",
      "https://example.com/a-b/c?d=e&f=g",
      "  leading and trailing  ",
      "",
    ]) expect(splitAtomsByCodeUnit(line)).toEqual(splitAtomsByCodePoint(line));
  });
});
