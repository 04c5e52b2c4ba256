// Whatever the text, the slide XML stays well-formed and holds exactly the
// layout's paragraphs and lines (post-processing maps them one to one).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DeckLayout, Paragraph } from "../../../src/layout/types.js";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { cleanRunText } from "../../../src/render/pptx/sanitize.js";
import { FONTS, meta, textBox } from "../../fixtures/layouts/build.js";
import { openPackage, runTexts } from "./helpers/package.js";
import { xmlErrors } from "./helpers/xml-check.js";

const specials = fc.constantFrom("a", "é", "Ł", "供", "&", "<", ">", '"', "'", " ", "\u0007", "\u0000", "\n", "\t", "€", "\uD800", "\uFFFE", "😀");
const anyBmp = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const text = fc.string({ unit: fc.oneof(specials, anyBmp), maxLength: 12 });
const run = fc.record({ text, bold: fc.boolean(), link: fc.option(fc.constant("https://example.com/?a=1&b=2"), { nil: undefined }) });
const paragraph: fc.Arbitrary<Paragraph> = fc.record({
  lines: fc.array(fc.array(run, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  bullet: fc.option(fc.record({ char: fc.constantFrom("•", "–", "▪"), color: fc.constantFrom("#0F8B8D", undefined) }), { nil: undefined }),
  indent: fc.option(fc.constantFrom(0.2, 0.3), { nil: undefined }),
  align: fc.option(fc.constantFrom("left" as const, "center" as const, "right" as const), { nil: undefined }),
  spaceBefore: fc.option(fc.constantFrom(4, 6), { nil: undefined }),
});

function deck(boxes: Paragraph[][]): DeckLayout {
  return {
    width: 13.333,
    height: 7.5,
    audience: "client",
    meta: meta(),
    fonts: FONTS,
    slides: [{ kind: "custom", title: "t", background: "#FFFFFF", primitives: boxes.map((ps, i) => textBox({ x: 0.5, y: 0.5 + i, w: 6, h: 0.9 }, ps)) }],
    warnings: [],
  };
}

describe("random text", () => {
  it("keeps every paragraph and line, and the XML well-formed", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(paragraph, { maxLength: 4 }), { minLength: 1, maxLength: 3 }), async (boxes) => {
        const pkg = await openPackage(await renderPptx(deck(boxes)));
        const xml = pkg.text("ppt/slides/slide1.xml");
        expect(xmlErrors(xml)).toBeUndefined();
        const written = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => m[1]);
        const expected = boxes.flatMap((ps) => (ps.length ? ps : [{ lines: [[{ text: "" }]] }]));
        expect(written).toHaveLength(expected.length);
        written.forEach((p, i) => {
          expect(p.match(/<a:br\/>/g)?.length ?? 0).toBe(expected[i].lines.length - 1);
          const want = expected[i].lines.flat().map((r) => cleanRunText(r.text)).filter((t) => t !== "");
          expect(runTexts(p)).toEqual(want);
        });
      }),
      { numRuns: 30 },
    );
  });
});
