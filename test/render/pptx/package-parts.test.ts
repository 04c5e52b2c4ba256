// pptxgenjs's skeleton and chart parts are remembered across decks: a deck
// built from remembered parts is byte for byte the deck built afresh, and each
// chart is listed in the content types right after the slide that shows it.
import { describe, expect, it } from "vitest";
import type { ChartPrimitive, DeckLayout, SlideLayout } from "../../../src/layout/types.js";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { COLORS, FONTS, meta, para, textBox } from "../../fixtures/layouts/build.js";
import { openPackage } from "./helpers/package.js";

function chart(title: string): ChartPrimitive {
  return {
    type: "chart",
    chart: "bar",
    x: 1,
    y: 1,
    w: 6,
    h: 4,
    categories: ["Q1", "Q2", "Q3"],
    series: [{ name: "CA", values: [1, 2, 3], color: COLORS.accent }],
    min: 0,
    max: 4,
    step: 1,
    fontSize: 10,
    fontFace: "Calibri",
    textColor: COLORS.text,
    gridColor: COLORS.rule,
    title,
    vector: [],
  };
}

function slide(...primitives: SlideLayout["primitives"]): SlideLayout {
  return { kind: "x", title: "t", background: COLORS.white, primitives: [textBox({ x: 0.5, y: 0.3, w: 6, h: 0.6 }, [para(["Titre"])], { role: "title" }), ...primitives] };
}

function deck(slides: SlideLayout[]): DeckLayout {
  return { width: 13.333, height: 7.5, audience: "client", meta: meta({ title: "Package parts" }), fonts: FONTS, slides, warnings: [] };
}

describe("package parts", () => {
  it("builds the same bytes from remembered parts as afresh, whatever slide the chart sits on", async () => {
    const short = deck([slide(), slide(chart("Ventes"))]);
    const long = deck([slide(chart("Marge")), slide(), slide(chart("Ventes"))]);
    const first = await renderPptx(short);
    await renderPptx(long);
    const again = await renderPptx(short);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);

    const types = (await openPackage(await renderPptx(long))).text("[Content_Types].xml");
    const order = [...types.matchAll(/PartName="\/ppt\/(slides\/slide\d|charts\/chart\d)\.xml"/g)].map((m) => m[1]);
    expect(order).toEqual(["slides/slide1", "charts/chart1", "slides/slide2", "slides/slide3", "charts/chart2"]);
  });

  it("numbers charts in deck order and points each at its own workbook", async () => {
    const pkg = await openPackage(await renderPptx(deck([slide(chart("A")), slide(chart("B"), chart("C"))])));
    for (const n of [1, 2, 3]) {
      expect(pkg.text(`ppt/charts/_rels/chart${n}.xml.rels`)).toContain(`Target="../embeddings/Microsoft_Excel_Worksheet${n}.xlsx"`);
    }
    expect(pkg.text("ppt/charts/chart3.xml")).toContain("<a:t>C</a:t>");
    expect(pkg.text("ppt/slides/_rels/slide2.xml.rels")).toContain('Target="/ppt/charts/chart3.xml"');
  });
});
