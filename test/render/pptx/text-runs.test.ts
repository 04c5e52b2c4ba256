// IR paragraphs -> pptxgenjs runs: one paragraph per IR paragraph, soft breaks
// between the layout's lines, paragraph options on the right runs.
import { describe, expect, it } from "vitest";
import { convertParagraphs, type RunDefaults } from "../../../src/render/pptx/text-runs.js";
import type { Paragraph } from "../../../src/layout/types.js";

const defaults: RunDefaults = { fontFace: "Calibri", fontSize: 12, color: "#1e2329", lineHeight: 14.4, align: "left", lang: "fr-FR" };

describe("convertParagraphs", () => {
  it("breaks paragraphs with breakLine and lines with soft breaks", () => {
    const paragraphs: Paragraph[] = [
      { lines: [[{ text: "one " }, { text: "bold", bold: true }], [{ text: "two" }]] },
      { lines: [[{ text: "three" }]] },
    ];
    const { runs } = convertParagraphs(paragraphs, defaults);
    expect(runs.map((r) => [r.text, r.options?.softBreakBefore ?? false, r.options?.breakLine ?? false])).toEqual([
      ["one ", false, false],
      ["bold", false, false],
      ["two", true, true],
      ["three", false, false],
    ]);
    expect(runs[1].options).toMatchObject({ bold: true, fontSize: 12, lineSpacing: 14.4, color: "1E2329", lang: "fr-FR" });
    expect(runs[0].options?.bold).toBe(false);
  });

  it("puts the bullet on the first run only, with its indent in points", () => {
    const { runs, fixups } = convertParagraphs(
      [{ lines: [[{ text: "a" }, { text: "b" }]], bullet: { char: "▪", color: "#0f8b8d" }, indent: 0.25 }],
      defaults,
    );
    expect(runs[0].options?.bullet).toEqual({ characterCode: "25AA", indent: 18 });
    expect(runs[1].options?.bullet).toBeUndefined();
    expect(fixups).toEqual([{ bulletColor: "0F8B8D" }]);
  });

  it("records the indent of a paragraph without bullet, in EMU", () => {
    const { fixups } = convertParagraphs([{ lines: [[{ text: "a" }]], indent: 0.5 }, { lines: [[{ text: "b" }]] }], defaults);
    expect(fixups).toEqual([{ indentEmu: 457200 }, null]);
  });

  it("applies space before from the second paragraph on, and the paragraph's alignment to all its runs", () => {
    const { runs } = convertParagraphs(
      [
        { lines: [[{ text: "a" }]], spaceBefore: 9 },
        { lines: [[{ text: "b" }, { text: "c" }]], spaceBefore: 6, align: "right" },
      ],
      defaults,
    );
    expect(runs.map((r) => [r.options?.paraSpaceBefore, r.options?.align])).toEqual([
      [undefined, "left"],
      [6, "right"],
      [6, "right"],
    ]);
  });

  it("writes one empty paragraph for a box without text, and cleans run text", () => {
    expect(convertParagraphs([], defaults).runs).toHaveLength(1);
    const { runs } = convertParagraphs([{ lines: [[{ text: "a\u0007b\nc", link: "https://x.test/\u0001" }]] }], defaults);
    expect(runs[0].text).toBe("ab c");
    expect(runs[0].options?.hyperlink).toEqual({ url: "https://x.test/" });
  });
});
