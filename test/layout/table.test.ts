import { describe, expect, it } from "vitest";
import { columnWidths, isNumericColumn, measureTable, CELL_PAD } from "../../src/layout/table.js";
import { createLayoutContext } from "../../src/layout/context.js";
import { lineHeightFor } from "../../src/layout/text-kit.js";
import { deckInfo } from "./deck-fixture.js";
import { loadThemeOrThrow } from "./pipeline.js";

const { theme, dir } = await loadThemeOrThrow("default");
const ctx = createLayoutContext({ theme, themeDir: dir, info: deckInfo(), warnings: [] });

describe("measureTable", () => {
  it("sizes short columns to content and gives the rest to growing ones, summing to the width", () => {
    const t = measureTable(ctx, {
      width: 10,
      columns: [{ header: "Action", grow: 1 }, { header: "Owner", max: 2 }, { header: "Due", max: 2 }],
      rows: [["Optimise the planogram", "Inès Haddad", "15 Jan 2027"]],
    });
    expect(t.columns.reduce((s, w) => s + w, 0)).toBeCloseTo(10, 6);
    expect(t.columns[0]).toBeGreaterThan(5);
    expect(t.columns[1]).toBeLessThan(2.01);
  });

  it("wraps long cells and grows the row to hold every line", () => {
    const long = "A long expected result that cannot possibly fit on one line of a narrow column";
    const t = measureTable(ctx, { width: 6, columns: [{ header: "A", min: 1.5, max: 1.5 }, { header: "B", grow: 1 }], rows: [[long, "x"], ["short", "y"]] });
    const lines = t.rows[0].cells[0].paragraphs[0].lines.length;
    expect(lines).toBeGreaterThan(2);
    expect(t.rows[0].h).toBeCloseTo((lines * lineHeightFor(t.size)) / 72 + 2 * CELL_PAD, 6);
    expect(t.rows[1].h).toBeLessThan(t.rows[0].h);
    expect(t.size).toBeGreaterThanOrEqual(theme.sizes.min);
  });

  it("right-aligns a column of figures on its own, header included", () => {
    const t = measureTable(ctx, { width: 6, columns: [{ header: "Segment", grow: 1 }, { header: "Value" }], rows: [["Face", "38 M€"], ["Body", "21,5 M€"]] });
    expect(t.rows.map((r) => r.cells[1].align)).toEqual(["right", "right"]);
    expect(t.header.cells[1].align).toBe("right");
    expect(t.rows[0].cells[0].align).toBeUndefined();
  });

  it("scales content-sized columns when nothing grows", () => {
    const w = columnWidths(ctx, { columns: [{ header: "a" }, { header: "b" }], rows: [[{ text: "x" }, { text: "y" }]], width: 4, size: 12 });
    expect(w[0] + w[1]).toBeCloseTo(4, 6);
  });
});

describe("isNumericColumn", () => {
  it.each([
    [["1 200 000 unités", "860 000 unités"], true],
    [["Beauté du visage", "12 magasins"], false],
    [["38 M€", "21,5 M€"], true],
    [["+4 %", "-2 %", ""], true],
    [["1,234.5", "12"], true],
    [["Mars", "12"], false],
    [["", ""], false],
  ])("%j -> %s", (cells, expected) => {
    expect(isNumericColumn(cells)).toBe(expected);
  });
});

describe("cell cap", () => {
  it("cuts a cell past MAX_CELL_LINES with an ellipsis and warns with its field", async () => {
    const { MAX_CELL_LINES } = await import("../../src/layout/table.js");
    const warnings: Array<{ field: string; message: string }> = [];
    const local = createLayoutContext({ theme, themeDir: dir, info: deckInfo(), warnings });
    const huge = Array.from({ length: 200 }, (_, i) => `mot${i}`).join(" ");
    const t = measureTable(local, { width: 4, columns: [{ header: "A", grow: 1 }], rows: [[{ text: huge, field: "actions[0].expected_result" }]] });
    const lines = t.rows[0].cells[0].paragraphs[0].lines;
    expect(lines.length).toBe(MAX_CELL_LINES);
    expect(lines.at(-1)![0].text.endsWith("…")).toBe(true);
    expect(warnings.map((w) => w.field)).toEqual(["actions[0].expected_result"]);
  });
});
