import { describe, expect, it } from "vitest";
import { BULLET_INDENT, MissingCharactersError, candidateSizes, layoutTextBox, lineHeightFor, makeTextPrimitive, type TextBoxInput } from "../../../src/layout/text/index.js";
import { wrapParagraphs, wrappedHeightPt } from "../../../src/layout/text/wrap-paragraphs.js";
import { stack, widthIn } from "./stack.js";

const sentence = "Sécuriser le renouvellement du contrat cadre avec la direction des achats avant la fin du trimestre.";
const box = (over: Partial<TextBoxInput>): TextBoxInput => ({
  paragraphs: [{ text: sentence }],
  w: 3,
  h: 1,
  padding: 0.05,
  size: 16,
  minSize: 10,
  ...over,
});
const lineCount = (r: ReturnType<typeof layoutTextBox>) => r.paragraphs.reduce((n, p) => n + p.lines.length, 0);
const allLines = (r: ReturnType<typeof layoutTextBox>) => r.paragraphs.flatMap((p) => p.lines.map((l) => l.map((run) => run.text).join("")));

describe("candidateSizes", () => {
  it("steps down by 0.5 pt and ends exactly at minSize", () => {
    expect(candidateSizes(13, 11)).toEqual([13, 12.5, 12, 11.5, 11]);
    expect(candidateSizes(12.2, 11)).toEqual([12.2, 11.7, 11.2, 11]);
    expect(candidateSizes(10, 10)).toEqual([10]);
  });
});

describe("layoutTextBox", () => {
  it("keeps the preferred size when the text fits", () => {
    const r = layoutTextBox(stack, box({ h: 3 }));
    expect(r).toMatchObject({ size: 16, fits: true, truncated: false, lineHeight: lineHeightFor(16) });
    expect(r.overflowFrom).toBeUndefined();
  });

  it("picks the largest size that fits, and the next step up does not fit", () => {
    const r = layoutTextBox(stack, box({}));
    expect(r.fits).toBe(true);
    expect(r.size).toBeLessThan(16);
    expect(r.size).toBeGreaterThanOrEqual(10);
    const bigger = layoutTextBox(stack, box({ size: r.size + 0.5, minSize: r.size + 0.5 }));
    expect(bigger.fits).toBe(false);
  });

  it("reports the height it uses with the documented formula", () => {
    const input = box({ paragraphs: [{ text: sentence }, { text: "Deuxième point", spaceBefore: 6 }], h: 4 });
    const r = layoutTextBox(stack, input);
    const expected = 2 * input.padding + (lineCount(r) * r.lineHeight + 6) / 72;
    expect(r.height).toBeCloseTo(expected, 9);
    expect(r.height).toBeLessThanOrEqual(input.h);
    expect(r.paragraphs[0].spaceBefore).toBeUndefined();
    expect(r.paragraphs[1].spaceBefore).toBe(6);
  });

  it("ignores the first paragraph's spaceBefore", () => {
    const r = layoutTextBox(stack, box({ paragraphs: [{ text: "Un", spaceBefore: 20 }], h: 3 }));
    expect(r.height).toBeCloseTo(2 * 0.05 + r.lineHeight / 72, 9);
  });

  it("never goes below minSize and reports the first paragraph that overflows", () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => ({ text: `Point ${i + 1} : ${sentence}` }));
    const input = box({ paragraphs, h: 2 });
    const r = layoutTextBox(stack, input);
    expect(r.fits).toBe(false);
    expect(r.size).toBe(10);
    expect(r.truncated).toBe(false);
    // Without ellipsis nothing is dropped: all paragraphs, overflowing the box.
    expect(r.paragraphs).toHaveLength(8);
    const fitFirst = layoutTextBox(stack, { ...input, paragraphs: paragraphs.slice(0, r.overflowFrom) });
    expect(fitFirst.fits).toBe(true);
    const oneMore = layoutTextBox(stack, { ...input, paragraphs: paragraphs.slice(0, r.overflowFrom! + 1) });
    expect(oneMore.fits).toBe(false);
  });

  it("cuts with an ellipsis at the last line that fits", () => {
    const input = box({ paragraphs: [{ text: sentence.repeat(6) }, { text: "Jamais vu" }], h: 1.2, ellipsis: true });
    const r = layoutTextBox(stack, input);
    expect(r).toMatchObject({ fits: false, truncated: true, overflowFrom: 0, size: 10 });
    expect(r.paragraphs).toHaveLength(1);
    const lines = allLines(r);
    expect(lines[lines.length - 1].endsWith("…")).toBe(true);
    expect(r.height).toBeLessThanOrEqual(input.h + 1e-9);
    // One more line would not fit.
    expect(r.height + r.lineHeight / 72).toBeGreaterThan(input.h);
    for (const line of lines) expect(widthIn(line, 10)).toBeLessThanOrEqual(input.w - 2 * input.padding);
  });

  it("puts the ellipsis on the previous paragraph when the next one has no room at all", () => {
    const input = box({ paragraphs: [{ text: "Un" }, { text: "Deux", spaceBefore: 200 }], h: 0.5, ellipsis: true });
    const r = layoutTextBox(stack, input);
    expect(r.overflowFrom).toBe(1);
    expect(allLines(r)).toEqual(["Un…"]);
  });

  it("applies maxLinesPerParagraph: shrinks first, then cuts that paragraph", () => {
    const shrink = layoutTextBox(stack, box({ h: 5, maxLinesPerParagraph: 2 }));
    expect(shrink.fits).toBe(true);
    expect(shrink.size).toBeLessThan(16);
    expect(shrink.paragraphs[0].lines.length).toBeLessThanOrEqual(2);
    const cut = layoutTextBox(stack, box({ paragraphs: [{ text: sentence.repeat(3) }, { text: "Suite" }], h: 5, maxLinesPerParagraph: 2, ellipsis: true }));
    expect(cut).toMatchObject({ fits: false, truncated: true, overflowFrom: 0 });
    expect(cut.paragraphs[0].lines).toHaveLength(2);
    expect(allLines(cut)).toContain("Suite");
  });

  it("narrows bulleted paragraphs by the indent", () => {
    const w = 2;
    const plain = layoutTextBox(stack, box({ w, h: 5, size: 12, minSize: 12 }));
    const bullet = layoutTextBox(stack, box({ w, h: 5, size: 12, minSize: 12, paragraphs: [{ text: sentence, bullet: true }] }));
    expect(bullet.paragraphs[0]).toMatchObject({ bullet: { char: "•" }, indent: BULLET_INDENT });
    for (const line of allLines(bullet)) expect(widthIn(line, 12)).toBeLessThanOrEqual(w - 0.1 - BULLET_INDENT);
    expect(allLines(plain).some((l) => widthIn(l, 12) > w - 0.1 - BULLET_INDENT)).toBe(true);
  });

  it("measures bold paragraphs in bold and marks their runs", () => {
    const r = layoutTextBox(stack, box({ paragraphs: [{ text: sentence, bold: true, color: "#112233", link: "https://example.com" }], h: 5, size: 12, minSize: 12 }));
    for (const line of r.paragraphs[0].lines) {
      expect(line[0]).toMatchObject({ bold: true, color: "#112233", link: "https://example.com" });
      expect(widthIn(line[0].text, 12, true)).toBeLessThanOrEqual(2.9);
    }
  });
});

describe("makeTextPrimitive", () => {
  it("carries the chosen size, pitch and box geometry into the IR", () => {
    const { primitive, result } = makeTextPrimitive(stack, {
      ...box({}), x: 1, y: 2, color: "#1E2329", fontFace: "Calibri", role: "body", field: "objectives[0].title", bold: true,
    });
    expect(primitive).toMatchObject({
      type: "text", x: 1, y: 2, w: 3, h: 1, padding: 0.05, align: "left", valign: "top", role: "body", field: "objectives[0].title",
      style: { fontFace: "Calibri", fontSize: result.size, lineHeight: result.lineHeight, color: "#1E2329", bold: true },
    });
    expect(primitive.paragraphs).toBe(result.paragraphs);
  });

  it("refuses text no font of the theme can draw, naming the field", () => {
    const input = { ...box({ paragraphs: [{ text: "Bravo 👍" }] }), x: 0, y: 0, color: "#000000", fontFace: "Calibri", field: "notes[0]" };
    expect(() => makeTextPrimitive(stack, input)).toThrow(MissingCharactersError);
    expect(() => makeTextPrimitive(stack, input)).toThrow(/notes\[0\].*U\+1F44D/);
  });
});

describe("the fitting loop's early stop", () => {
  // The plain definition: every paragraph wrapped at every size, the first size that fits wins.
  function reference(input: TextBoxInput) {
    const availPt = (input.h - 2 * input.padding) * 72;
    const maxLines = input.maxLinesPerParagraph ?? Infinity;
    for (const size of candidateSizes(input.size, input.minSize)) {
      const wrapped = wrapParagraphs(stack, input, size);
      const heightPt = wrappedHeightPt(wrapped, lineHeightFor(size));
      if (heightPt <= availPt + 1e-6 && wrapped.every((p) => p.lines.length <= maxLines)) return { size, heightPt };
    }
    return undefined;
  }
  const many = [sentence, "Court.", sentence + " " + sentence, "Un deux trois quatre cinq six sept huit neuf dix onze douze."];
  it("finds the size a full wrap at every size finds", () => {
    for (const h of [0.4, 0.8, 1.2, 2, 3.5])
      for (const maxLinesPerParagraph of [undefined, 1, 2])
        for (const n of [1, 2, 4]) {
          const input = box({ h, maxLinesPerParagraph, paragraphs: many.slice(0, n).map((text, i) => ({ text, spaceBefore: i * 4, bullet: i % 2 === 1 })) });
          const want = reference(input);
          const got = layoutTextBox(stack, input);
          expect(got.fits).toBe(want !== undefined);
          if (want) {
            expect(got.size).toBe(want.size);
            expect(got.paragraphs.map((p) => p.lines)).toEqual(wrapParagraphs(stack, input, want.size).map((p) => p.lines));
          }
        }
  });
});
