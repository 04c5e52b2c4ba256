import { describe, expect, it } from "vitest";
import { actionsSlide } from "./stress-fixtures.js";
import type { TablePrimitive, TextPrimitive } from "../../src/layout/types.js";
import { checkLayoutInvariants } from "./invariants.js";
import { layoutSlides } from "./deck-fixture.js";
import { makeGrid } from "../../src/layout/grid.js";
import { CELL_PAD } from "../../src/layout/table.js";

const cellText = (t: TablePrimitive, r: number, c: number) => t.rows[r].cells[c].paragraphs.flatMap((p) => p.lines.map((l) => l.map((x) => x.text).join(""))).join(" ");

describe("action plan layout", () => {
  it("paginates a 30-action plan between rows, header and group row repeated, titles numbered", async () => {
    const { layout, theme } = await layoutSlides([actionsSlide(30)]);
    const pages = layout.slides.filter((s) => s.kind === "actions");
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.title)).toEqual(pages.map((_, i) => `Plan d'actions (${i + 1}/${pages.length})`));
    const seen: string[] = [];
    pages.forEach((page, i) => {
      const table = page.primitives.find((p): p is TablePrimitive => p.type === "table")!;
      expect(table.rows[0].header).toBe(true);
      expect(cellText(table, 0, 0)).toBe("Action");
      const actionRows = table.rows.filter((r, k) => k > 0 && r.cells[1].paragraphs[0].lines[0].map((x) => x.text).join("") !== "");
      if (i < pages.length - 1) expect(actionRows.length).toBeGreaterThanOrEqual(6);
      const pills = page.primitives.filter((p): p is TextPrimitive => p.type === "text" && p.fill !== undefined && (p.radius ?? 0) > 0);
      expect(pills.length).toBe(actionRows.length);
      // A continuation page starts with its group row (cells empty, tinted), not a bare action.
      if (i > 0) expect(table.rows[1].cells.every((c) => c.fill && c.paragraphs[0].lines[0][0].text === "")).toBe(true);
      for (let k = 1; k < table.rows.length; k++) if (cellText(table, k, 1)) seen.push(cellText(table, k, 0));
    });
    // Every action exactly once, in order: no row split, none lost or repeated.
    expect(seen.map((s) => s.match(/^Action (\d+)/)![1])).toEqual(Array.from({ length: 30 }, (_, i) => String(i)));
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });

  it("fills the body: thirty actions take three pages, none of them less than two-thirds full, legend clear of the footer", async () => {
    // Before the density ladder this plan took four pages of about ten rows each, half of every page empty.
    const { layout, theme } = await layoutSlides([actionsSlide(30)]);
    const pages = layout.slides.filter((s) => s.kind === "actions");
    expect(pages.length).toBeLessThanOrEqual(3);
    const { body } = makeGrid(theme);
    for (const page of pages) {
      const table = page.primitives.find((p): p is TablePrimitive => p.type === "table")!;
      const bottom = table.y + table.rows.reduce((s, r) => s + r.h, 0);
      expect((bottom - body.y) / body.h).toBeGreaterThan(2 / 3);
      const legend = page.primitives.filter((p): p is TextPrimitive => p.type === "text" && p.role === "caption");
      for (const l of legend) expect(l.y + l.h).toBeLessThanOrEqual(body.y + body.h + 1e-9);
    }
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });

  it("keeps eleven actions in five groups on one slide, in a denser table no smaller than the theme allows", async () => {
    const slide = actionsSlide(11, 5);
    for (const g of slide.groups) for (const r of g.rows) r.action = r.action.slice(0, 60);
    const { layout, theme } = await layoutSlides([slide]);
    expect(layout.slides.map((s) => s.title)).toEqual(["Plan d'actions"]);
    const table = layout.slides[0].primitives.find((p): p is TablePrimitive => p.type === "table")!;
    expect(table.style.fontSize).toBeGreaterThanOrEqual(Math.max(theme.sizes.min, theme.sizes.body - 2));
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });

  it("keeps the roomy table when denser rows would not save a page", async () => {
    const { layout, theme } = await layoutSlides([actionsSlide(4, 2)]);
    const table = layout.slides[0].primitives.find((p): p is TablePrimitive => p.type === "table")!;
    expect(table.style.fontSize).toBe(theme.sizes.body - 1);
    expect(table.padding).toBe(CELL_PAD);
  });

  it("leaves out the expected-result column when no action has one", async () => {
    const slide = actionsSlide(4, 1);
    for (const g of slide.groups) for (const r of g.rows) delete r.expectedResult;
    const { layout } = await layoutSlides([slide]);
    const table = layout.slides[0].primitives.find((p): p is TablePrimitive => p.type === "table")!;
    expect(table.rows[0].cells.map((c) => c.paragraphs[0].lines[0][0].text)).toEqual(["Action", "Responsable", "Échéance", "Statut"]);
  });

  it("keeps a short plan on one slide with its plain title", async () => {
    const { layout } = await layoutSlides([actionsSlide(4, 2)]);
    expect(layout.slides.map((s) => s.title)).toEqual(["Plan d'actions"]);
  });

  it("marks overdue dates in the danger colour with a marker, and explains it in a legend", async () => {
    const { layout, theme } = await layoutSlides([actionsSlide(5, 1)]);
    const slide = layout.slides[0];
    const table = slide.primitives.find((p): p is TablePrimitive => p.type === "table")!;
    const overdueRow = table.rows.find((r) => r.cells[0].paragraphs[0].lines[0][0].text.startsWith("Action 3 "))!;
    expect(overdueRow.cells[2].color).toBe(theme.colors.danger);
    const markers = slide.primitives.filter((p) => p.type === "polygon" && p.fill === theme.colors.danger);
    expect(markers.length).toBe(2); // one in the cell, one in the legend
    expect(slide.primitives.some((p) => p.type === "text" && p.paragraphs[0].lines[0][0].text === "En retard")).toBe(true);
  });

  it("gives the action and expected-result columns the width the short columns do not need", async () => {
    const { layout } = await layoutSlides([actionsSlide(6, 1)]);
    const table = layout.slides[0].primitives.find((p): p is TablePrimitive => p.type === "table")!;
    const [actionW, ownerW, dueW, statusW, expectedW] = table.columns;
    expect(actionW).toBeGreaterThan(ownerW + dueW);
    expect(expectedW).toBeGreaterThan(statusW);
    expect(table.columns.reduce((s, w) => s + w, 0)).toBeCloseTo(13.333 - 1, 2);
  });
});
