import { describe, expect, it } from "vitest";
import { makeGrid, splitRows } from "../../src/layout/grid.js";
import { loadThemeOrThrow } from "./pipeline.js";

describe("makeGrid", async () => {
  const { theme } = await loadThemeOrThrow("default");
  const grid = makeGrid(theme);

  it("spans the slide inside the margins with 12 columns and gutters", () => {
    const all = grid.col(0, 12);
    expect(all.x).toBeCloseTo(0.5, 6);
    expect(all.x + all.w).toBeCloseTo(13.333 - 0.5, 6);
    const a = grid.col(2, 3);
    const b = grid.col(5, 1);
    expect(b.x - (a.x + a.w)).toBeCloseTo(0.2, 6);
  });

  it("refuses spans outside the grid", () => {
    expect(() => grid.col(10, 3)).toThrow(RangeError);
    expect(() => grid.col(0, 0)).toThrow(RangeError);
  });

  it("keeps the body one gutter clear of the title rule and the footer band, which stays off the bottom edge", () => {
    expect(grid.body.y - grid.ruleY).toBeGreaterThanOrEqual(grid.gutter);
    expect(grid.footer.y - (grid.body.y + grid.body.h)).toBeCloseTo(grid.gutter, 6);
    expect(grid.footer.y + grid.footer.h).toBeLessThan(grid.height);
    expect(grid.footer.h).toBe(theme.spacing.footer);
  });
});

describe("splitRows", () => {
  it("splits an extent into equal rows with gaps", () => {
    const rows = splitRows(1, 5.2, 2, 0.2);
    expect(rows).toEqual([
      { y: 1, h: 2.5 },
      { y: 3.7, h: 2.5 },
    ]);
  });
});
