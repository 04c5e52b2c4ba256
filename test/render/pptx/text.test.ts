// Text boxes replay the layout: one PowerPoint paragraph per IR paragraph, the
// computed lines joined with soft breaks, exact pitch and padding, no autofit.
import { beforeAll, describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";
import { openPackage, runTexts, type Package } from "./helpers/package.js";

let pkg: Package;
beforeAll(async () => {
  pkg = await openPackage(await renderPptx(showcaseLayout()));
});

const slide = (n: number) => pkg.text(`ppt/slides/slide${n}.xml`);
const paragraphs = (xml: string) => [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => m[1]);

describe("text boxes", () => {
  it("writes every string as runs, accents, Ł, Chinese and XML specials intact", () => {
    const cover = runTexts(slide(1));
    expect(cover).toContain("Maison Lefèvre & Fils: Łódź 供应链");
    const second = runTexts(slide(2));
    expect(second).toContain("Contrat cadre signé avec Łukasz Wróbel");
    expect(second).toContain("华东区 ");
    expect(second).toContain(`Successes & <obstacles> "Q4"`);
    // The bell character is dropped, the rest of the run kept.
    expect(second).toContain(`Bell & <tags> "quoted" 'single'`);
    expect(slide(2)).not.toMatch(/[\u0000-\u0008]/);
  });

  it("joins the layout's lines with soft breaks inside one paragraph", () => {
    const first = paragraphs(slide(2)).find((p) => p.includes("Référencement"))!;
    expect(first).toContain("<a:br/>");
    expect(runTexts(first)).toEqual(["Référencement des soins visage dans 120", "magasins, objectif dépassé de 12 %"]);
  });

  it("writes exactly one paragraph-properties element per paragraph, first", () => {
    for (const n of [1, 2, 3, 4]) {
      for (const p of paragraphs(slide(n))) {
        expect(p.match(/<a:pPr\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
        if (p.includes("<a:pPr")) expect(p.startsWith("<a:pPr")).toBe(true);
      }
    }
  });

  it("uses the layout's pitch, size and padding, and never autofits", () => {
    const xml = slide(2);
    expect(xml).toContain('<a:lnSpc><a:spcPts val="1560"/></a:lnSpc>'); // 13 pt * 1.2
    expect(xml).toContain('sz="1300"');
    expect(xml).toContain('lIns="45720" tIns="45720" rIns="45720" bIns="45720"'); // 0.05 in
    expect(xml).not.toMatch(/normAutofit|spAutoFit/);
    expect(xml).toContain('<a:spcBef><a:spcPts val="600"/></a:spcBef>');
  });

  it("draws bullets at the paragraph's hanging indent, in the bullet colour", () => {
    const bullet = paragraphs(slide(2)).find((p) => p.includes("Łukasz"))!;
    expect(bullet).toContain('marL="228600" indent="-228600"'); // 0.25 in
    expect(bullet).toContain('<a:buClr><a:srgbClr val="0F8B8D"/></a:buClr><a:buSzPct val="100000"/><a:buChar char="&#x2022;"/>');
    const dash = paragraphs(slide(2)).find((p) => p.includes("新品上市"))!;
    expect(dash).toContain('<a:buChar char="&#x2013;"/>');
    expect(dash).not.toContain("buClr");
  });

  it("indents a paragraph without bullet by its indent", () => {
    const plain = paragraphs(slide(2)).find((p) => p.includes("Bell"))!;
    expect(plain).toContain('marL="228600"');
    expect(plain).toContain("<a:buNone/>");
  });

  it("keeps bold per run, alignment per paragraph and the language", () => {
    const mixed = paragraphs(slide(2)).find((p) => p.includes("新品上市"))!;
    expect(mixed).toMatch(/<a:rPr [^>]*b="1"[^>]*>(?:(?!<\/a:r>).)*华东区/);
    const right = paragraphs(slide(2)).find((p) => p.includes("Details"))!;
    expect(right).toMatch(/^<a:pPr algn="r"/);
    expect(slide(2)).toContain('lang="fr-FR"');
  });

  it("links runs with an escaped external relationship", () => {
    const rels = pkg.text("ppt/slides/_rels/slide2.xml.rels");
    expect(rels).toContain('Target="https://example.com/qbr?a=1&amp;b=&lt;2&gt;" TargetMode="External"');
    const link = paragraphs(slide(2)).find((p) => p.includes("dashboard"))!;
    expect(link).toContain("<a:hlinkClick r:id=");
  });

  it("names boxes by their role in the selection pane", () => {
    expect(slide(2)).toContain('<p:cNvPr id="2" name="Title">');
    expect(slide(2)).toContain('name="Footer"');
  });

  it("draws a filled, rounded, vertically centred pill", () => {
    const xml = slide(1);
    const pill = xml.slice(xml.lastIndexOf("<p:sp>", xml.indexOf(">Confidentiel<")));
    expect(pill).toContain('<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 50000"/>');
    expect(pill).toContain('<a:solidFill><a:srgbClr val="B42318"/></a:solidFill>');
    expect(pill).toContain('anchor="ctr"');
    expect(pill).toContain('<p:cNvSpPr txBox="1"/>');
  });
});
