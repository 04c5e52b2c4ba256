// Charts are native and editable: chart parts with their embedded workbook,
// the IR's series, colours, axis bounds and fonts.
import { beforeAll, describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";
import { openPackage, type Package } from "./helpers/package.js";

let pkg: Package;
beforeAll(async () => {
  pkg = await openPackage(await renderPptx(showcaseLayout()));
});

describe("charts", () => {
  it("writes one chart part per chart, each with its embedded workbook", () => {
    expect(pkg.names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort()).toEqual([
      "ppt/charts/chart1.xml",
      "ppt/charts/chart2.xml",
    ]);
    for (const n of [1, 2]) {
      expect(pkg.text(`ppt/charts/_rels/chart${n}.xml.rels`)).toContain(`Target="../embeddings/Microsoft_Excel_Worksheet${n}.xlsx"`);
      expect(pkg.text(`ppt/charts/chart${n}.xml`)).toContain("<c:externalData r:id=\"rId1\">");
    }
    const slideRels = pkg.text("ppt/slides/_rels/slide4.xml.rels");
    expect(slideRels).toContain('Target="/ppt/charts/chart1.xml"');
    expect(slideRels).toContain('Target="/ppt/charts/chart2.xml"');
  });

  it("keeps the data editable in the workbook", async () => {
    const workbook = await openPackage(pkg.binary("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"));
    const strings = workbook.text("xl/sharedStrings.xml");
    expect(strings).toContain("Revenue (M€)");
    expect(strings).toContain("Target &amp; &lt;plan&gt;");
    expect(workbook.text("xl/worksheets/sheet1.xml")).toContain("1.91");
  });

  it("replays type, series colours, bounds and fonts", () => {
    const line = pkg.text("ppt/charts/chart1.xml");
    expect(line).toContain("<c:lineChart>");
    expect(line).toContain('<c:max val="2.2"/>');
    expect(line).toContain('<c:min val="1"/>');
    expect(line).toContain('val="0F8B8D"');
    expect(line).toContain('val="5B6470"');
    expect(line).toContain('typeface="Calibri"');
    expect(line).toContain('sz="1000"');
    expect(line).toContain("<c:legend>");
    expect(line).not.toContain("<c:title>");
    const bar = pkg.text("ppt/charts/chart2.xml");
    expect(bar).toContain("<c:barChart>");
    expect(bar).toContain('<c:barDir val="col"/>');
    expect(bar).toContain('<c:max val="40"/>');
    expect(bar).toContain("<c:title>");
    expect(bar).toContain("Share of shelf  &quot;2026&quot;");
    expect(bar).not.toContain("<c:legend>");
  });

  it("draws gridlines, series line and markers at the layout's sizes, not the renderer's", async () => {
    const layout = showcaseLayout();
    for (const slide of layout.slides)
      for (const p of slide.primitives) if (p.type === "chart") p.strokes = { grid: 1.5, line: 3, marker: 9 };
    const xml = (await openPackage(await renderPptx(layout))).text("ppt/charts/chart1.xml");
    expect(xml).toMatch(/<c:majorGridlines>\s*<c:spPr>\s*<a:ln w="19050"/);
    expect(xml).toContain('<c:size val="9"/>');
    expect(xml).toContain('<a:ln w="38100"');
  });

  it("writes value-axis labels with the layout's decimals", async () => {
    const layout = showcaseLayout();
    for (const slide of layout.slides) for (const p of slide.primitives) if (p.type === "chart") p.axisDecimals = 2;
    const xml = (await openPackage(await renderPptx(layout))).text("ppt/charts/chart1.xml");
    expect(xml.slice(xml.indexOf("<c:valAx>"))).toMatch(/<c:numFmt formatCode="0\.00"/);
  });
});
