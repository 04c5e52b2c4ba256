import { describe, expect, it } from "vitest";
import type { DeckSlide } from "../../src/deck/types.js";
import type { TablePrimitive } from "../../src/layout/types.js";
import { checkLayoutInvariants } from "./invariants.js";
import { layoutSlides } from "./deck-fixture.js";

const COLUMNS = ["Segment", "Volume", "Valeur", "Tendance"];
const account = (rows: Array<{ cells: string[]; trend?: "up" | "down" | "flat" }>): DeckSlide => ({
  kind: "account", section: "account", title: "Informations générales", facts: [], news: [], market: { columns: COLUMNS, rows },
});
const headers = (t: TablePrimitive) => t.rows[0].cells.map((c) => c.paragraphs[0].lines[0].map((r) => r.text).join(""));

describe("market table", () => {
  it("leaves out a figure column no row fills, and keeps the trend arrows on the trend figures", async () => {
    const { layout, theme } = await layoutSlides([account([{ cells: ["Plats cuisinés", "", "640 M€", "+6 %"], trend: "up" }, { cells: ["Soupes", "", "210 M€", "-3 %"], trend: "down" }])]);
    const slide = layout.slides[0];
    const table = slide.primitives.find((p): p is TablePrimitive => p.type === "table")!;
    expect(headers(table)).toEqual(["Segment", "Valeur", "Tendance"]);
    const arrows = slide.primitives.filter((p) => p.type === "polygon");
    expect(arrows.length).toBe(2);
    const right = table.x + table.columns.reduce((s, w) => s + w, 0);
    const trendLeft = right - table.columns[table.columns.length - 1];
    for (const a of arrows) for (const pt of (a as { points: Array<{ x: number }> }).points) expect(pt.x).toBeGreaterThan(trendLeft);
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });

  it("keeps all four columns when each has a figure somewhere", async () => {
    const { layout } = await layoutSlides([account([{ cells: ["Plats cuisinés", "1 200 000 unités", "", ""] }, { cells: ["Soupes", "", "210 M€", "+1 %"], trend: "up" }])]);
    const table = layout.slides[0].primitives.find((p): p is TablePrimitive => p.type === "table")!;
    expect(headers(table)).toEqual(COLUMNS);
  });
});
