import { describe, expect, it } from "vitest";
import { renumberCharts } from "../../../../src/render/pptx/postprocess/chart-numbering.js";
import type { Parts } from "../../../../src/render/pptx/postprocess/parts.js";

describe("renumberCharts", () => {
  it("renumbers charts 1..n in order everywhere they are named", () => {
    const parts: Parts = new Map<string, string | Uint8Array>([
      ["[Content_Types].xml", '<Override PartName="/ppt/charts/chart12.xml"/><Override PartName="/ppt/charts/chart9.xml"/>'],
      ["ppt/slides/_rels/slide1.xml.rels", '<Relationship Target="/ppt/charts/chart9.xml"/><Relationship Target="/ppt/charts/chart12.xml"/>'],
      ["ppt/charts/chart9.xml", "<c:chartSpace/>"],
      ["ppt/charts/chart12.xml", "<c:chartSpace/>"],
      ["ppt/charts/_rels/chart9.xml.rels", '<Relationship Target="../embeddings/Microsoft_Excel_Worksheet9.xlsx"/>'],
      ["ppt/charts/_rels/chart12.xml.rels", '<Relationship Target="../embeddings/Microsoft_Excel_Worksheet12.xlsx"/>'],
      ["ppt/embeddings/Microsoft_Excel_Worksheet9.xlsx", new Uint8Array([9])],
      ["ppt/embeddings/Microsoft_Excel_Worksheet12.xlsx", new Uint8Array([12])],
    ]);
    renumberCharts(parts);
    expect([...parts.keys()].sort()).toEqual([
      "[Content_Types].xml",
      "ppt/charts/_rels/chart1.xml.rels",
      "ppt/charts/_rels/chart2.xml.rels",
      "ppt/charts/chart1.xml",
      "ppt/charts/chart2.xml",
      "ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx",
      "ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx",
      "ppt/slides/_rels/slide1.xml.rels",
    ]);
    expect(parts.get("ppt/slides/_rels/slide1.xml.rels")).toBe(
      '<Relationship Target="/ppt/charts/chart1.xml"/><Relationship Target="/ppt/charts/chart2.xml"/>',
    );
    expect(parts.get("ppt/charts/_rels/chart2.xml.rels")).toContain("Microsoft_Excel_Worksheet2.xlsx");
    expect(parts.get("ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx")).toEqual(new Uint8Array([12]));
    expect(parts.get("[Content_Types].xml")).toBe('<Override PartName="/ppt/charts/chart2.xml"/><Override PartName="/ppt/charts/chart1.xml"/>');
  });
});
