// Tables are native `a:tbl` with the layout's exact grid, colours and padding.
import { beforeAll, describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";
import { openPackage, runTexts, type Package } from "./helpers/package.js";

let xml: string;
let rels: string;
beforeAll(async () => {
  const pkg: Package = await openPackage(await renderPptx(showcaseLayout()));
  xml = pkg.text("ppt/slides/slide3.xml");
  rels = pkg.text("ppt/slides/_rels/slide3.xml.rels");
});

const emu = (inches: number) => Math.round(inches * 914400);
const cells = () => [...xml.matchAll(/<a:tc>([\s\S]*?)<\/a:tc>/g)].map((m) => m[1]);

describe("tables", () => {
  it("is a native table with the layout's column widths and row heights", () => {
    expect(xml.match(/<a:tbl>/g)).toHaveLength(1);
    const widths = [...xml.matchAll(/<a:gridCol w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([4.3, 2.5, 1.5, 2.0, 2.0].map(emu));
    const heights = [...xml.matchAll(/<a:tr h="(\d+)">/g)].map((m) => Number(m[1]));
    expect(heights).toEqual([0.4, 0.62, 0.62, 0.4].map(emu));
    expect(xml).toContain(`<p:xfrm><a:off x="${emu(0.5)}" y="${emu(1.3)}"/><a:ext cx="${emu(12.3)}" cy="${emu(2.04)}"/>`);
  });

  it("pads every cell and draws the borders", () => {
    const all = cells();
    expect(all).toHaveLength(20);
    for (const c of all) {
      expect(c).toContain(`marL="${emu(0.08)}" marR="${emu(0.08)}" marT="${emu(0.08)}" marB="${emu(0.08)}"`);
      expect(c).toContain('<a:lnT w="9525"');
    }
  });

  it("fills the header row and colours its text", () => {
    const header = cells().slice(0, 5);
    for (const c of header) {
      expect(c).toContain('<a:solidFill><a:srgbClr val="1F3A5F"/></a:solidFill>  </a:tcPr>');
      expect(c).toMatch(/b="1"[^>]*><a:solidFill><a:srgbClr val="FFFFFF"\/>/);
    }
    expect(header[4]).toContain('algn="r"');
  });

  it("applies per-cell fill, colour, bold and alignment", () => {
    const blocked = cells().find((c) => c.includes(">Blocked<"))!;
    expect(blocked).toContain('<a:srgbClr val="B42318"/></a:solidFill>  </a:tcPr>');
    expect(blocked).toContain('algn="ctr"');
    const late = cells().find((c) => c.includes("15/09/2026"))!;
    expect(late).toMatch(/b="1"[^>]*><a:solidFill><a:srgbClr val="B42318"\/>/);
  });

  it("writes multi-line cells as paragraphs with soft breaks", () => {
    const wrapped = cells().find((c) => c.includes("Déployer"))!;
    expect(wrapped).toContain("<a:br/>");
    expect(runTexts(wrapped)).toEqual(["Déployer la gamme soins visage dans", "les 40 magasins d'Île-de-France"]);
    const twoParagraphs = cells().find((c) => c.includes("second paragraph"))!;
    expect(twoParagraphs.match(/<a:p>/g)).toHaveLength(2);
    expect(runTexts(twoParagraphs)[0]).toBe("华东区 key account review & <pricing>");
  });

  it("keeps an empty cell valid and links a cell run", () => {
    const empty = cells()[16];
    expect(empty).toMatch(/<a:p>.*<a:endParaRPr/);
    expect(rels).toContain('Target="mailto:camille@example.com" TargetMode="External"');
  });
});
