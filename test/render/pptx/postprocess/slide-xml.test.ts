import { describe, expect, it } from "vitest";
import { fixSlideXml } from "../../../../src/render/pptx/postprocess/slide-xml.js";
import { PptxRenderError } from "../../../../src/render/pptx/errors.js";

const P1 = '<a:p><a:pPr algn="l" marL="18" indent="-18"><a:buSzPct val="100000"/><a:buChar char="x"/></a:pPr><a:r><a:t>a</a:t></a:r><a:br/><a:pPr algn="l" indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>';
const P2 = '<a:p><a:pPr algn="l" indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>c</a:t></a:r><a:pPr algn="l"/><a:r><a:t>d</a:t></a:r></a:p>';
const SLIDE = `<p:sld><p:cNvPr id="1" name=""/><p:cNvPr id="2" name="a"/><p:cNvPr id="2" name="t"/>${P1}${P2}<a:ln></a:ln><p:cNvPr id="9" descr="preencoded.png"/></p:sld>`;

describe("fixSlideXml", () => {
  it("keeps only the first paragraph properties of each paragraph", () => {
    const out = fixSlideXml(SLIDE, { paragraphs: [null, null] }, 1);
    expect(out.match(/<a:pPr/g)).toHaveLength(2);
    expect(out).toContain('<a:p><a:pPr algn="l" marL="18" indent="-18">');
    expect(out).toContain("<a:t>a</a:t></a:r><a:br/><a:r><a:t>b</a:t>");
    expect(out).toContain("<a:t>c</a:t></a:r><a:r><a:t>d</a:t>");
  });

  it("applies bullet colours and indents to the matching paragraph", () => {
    const out = fixSlideXml(SLIDE, { paragraphs: [{ bulletColor: "0F8B8D" }, { indentEmu: 1234 }] }, 1);
    expect(out).toContain('<a:buClr><a:srgbClr val="0F8B8D"/></a:buClr><a:buSzPct val="100000"/>');
    expect(out).toContain('<a:pPr algn="l" indent="0" marL="1234">');
  });

  it("renumbers shape ids, fills empty outlines and empty image descriptions", () => {
    const out = fixSlideXml(SLIDE, { paragraphs: [null, null] }, 1);
    expect([...out.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1])).toEqual(["1", "2", "3", "4"]);
    expect(out).toContain("<a:ln><a:noFill/></a:ln>");
    expect(out).toContain('descr=""');
  });

  it("refuses a slide whose paragraphs do not match the layout's", () => {
    expect(() => fixSlideXml(SLIDE, { paragraphs: [null] }, 3)).toThrow(PptxRenderError);
  });
});
