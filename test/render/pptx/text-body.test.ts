// IR paragraphs -> `<a:p>`: one paragraph per IR paragraph with one `a:pPr`,
// soft breaks between the layout's lines, bullets and indents on the paragraph.
import { describe, expect, it } from "vitest";
import type { Paragraph } from "../../../src/layout/types.js";
import type { SlideContext } from "../../../src/render/pptx/context.js";
import { newDeckMedia } from "../../../src/render/pptx/media.js";
import { newSlideRels, slideRelsXml } from "../../../src/render/pptx/slide-rels.js";
import { paragraphsXml, type RunDefaults } from "../../../src/render/pptx/text-body.js";

const defaults: RunDefaults = { fontFace: "Calibri", fontSize: 12, color: "#1e2329", lineHeight: 14.4, align: "left", lang: "fr-FR" };

function slideContext(): SlideContext {
  const deck = { slideWidthEmu: 1, slideHeightEmu: 1, lang: "fr-FR", images: new Map(), media: newDeckMedia(), charts: [] };
  return { deck, slideIndex: 0, shapes: [], nextId: 2, names: { text: 0, image: 0, table: 0, chart: 0 }, titleMarked: false, rels: newSlideRels() };
}

function write(paragraphs: Paragraph[], ctx = slideContext()): string {
  return paragraphsXml(paragraphs, defaults, { color: "000000", colorForLinks: true }, { kind: "box" }, ctx);
}

describe("paragraphsXml", () => {
  it("writes one paragraph per IR paragraph, one a:pPr each, and soft breaks between lines", () => {
    const xml = write([
      { lines: [[{ text: "one " }, { text: "bold", bold: true }], [{ text: "two" }]] },
      { lines: [[{ text: "three" }]] },
    ]);
    expect(xml.match(/<a:p>/g)).toHaveLength(2);
    expect(xml.match(/<a:pPr/g)).toHaveLength(2);
    expect(xml.match(/<a:br\/>/g)).toHaveLength(1);
    expect(xml).toMatch(/<a:t>bold<\/a:t><\/a:r><a:br\/><a:r>.*<a:t>two<\/a:t>/);
    expect(xml).toContain('<a:rPr lang="fr-FR" altLang="en-US" sz="1200" b="1" dirty="0"><a:solidFill><a:srgbClr val="1E2329"/>');
    expect(xml).toContain('<a:lnSpc><a:spcPts val="1440"/></a:lnSpc>');
  });

  it("puts the bullet, its colour and its indent on the paragraph", () => {
    const xml = write([{ lines: [[{ text: "a" }, { text: "b" }]], bullet: { char: "▪", color: "#0f8b8d" }, indent: 0.25 }]);
    expect(xml).toContain('<a:pPr algn="l" marL="228600" indent="-228600">');
    expect(xml).toContain('<a:buClr><a:srgbClr val="0F8B8D"/></a:buClr><a:buSzPct val="100000"/><a:buChar char="&#x25AA;"/>');
    expect(xml.match(/<a:pPr/g)).toHaveLength(1);
  });

  it("indents a paragraph without bullet", () => {
    const xml = write([{ lines: [[{ text: "a" }]], indent: 0.5 }, { lines: [[{ text: "b" }]] }]);
    expect(xml).toContain('<a:pPr algn="l" indent="0" marL="457200"><a:lnSpc><a:spcPts val="1440"/></a:lnSpc><a:buNone/></a:pPr>');
    expect(xml).toContain('<a:pPr algn="l" indent="0" marL="0">');
  });

  it("applies space before from the second paragraph on, and each paragraph's alignment", () => {
    const xml = write([
      { lines: [[{ text: "a" }]], spaceBefore: 9 },
      { lines: [[{ text: "b" }, { text: "c" }]], spaceBefore: 6, align: "right" },
    ]);
    expect(xml.match(/<a:spcBef>/g)).toHaveLength(1);
    expect(xml).toContain('<a:pPr algn="r" indent="0" marL="0"><a:lnSpc><a:spcPts val="1440"/></a:lnSpc><a:spcBef><a:spcPts val="600"/></a:spcBef>');
  });

  it("writes one empty paragraph for a box without text, cleans run text and relates links", () => {
    expect(write([])).toBe('<a:p><a:pPr algn="l" indent="0" marL="0"><a:lnSpc><a:spcPts val="1440"/></a:lnSpc><a:buNone/></a:pPr><a:endParaRPr lang="en-US" sz="1200" dirty="0"/></a:p>');
    const ctx = slideContext();
    const xml = write([{ lines: [[{ text: "a\u0007b\nc&", link: "https://x.test/?a=1&b=\u0001" }]] }], ctx);
    expect(xml).toContain("<a:t>ab c&amp;</a:t>");
    expect(xml).toContain('u="sng"');
    expect(xml).toContain('<a:hlinkClick r:id="rId1"');
    expect(slideRelsXml(ctx.rels)).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://x.test/?a=1&amp;b=" TargetMode="External"');
  });
});
