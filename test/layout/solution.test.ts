import { describe, expect, it } from "vitest";
import { layoutSolution } from "../../src/layout/solution.js";
import { accentTint } from "../../src/layout/contrast.js";
import type { SolutionSlide } from "../../src/deck/types.js";
import type { TablePrimitive } from "../../src/layout/types.js";
import { checkLayoutInvariants } from "./invariants.js";
import { deckOf, testContext } from "./chart-context.js";

const slide: SolutionSlide = {
  kind: "solution",
  section: "solution",
  title: "Our solution",
  subtitle: "350 % expected ROI on 40 k EUR invested",
  objectiveTitle: "Grow facial-care sales by 10 %",
  support: "Our facial best-sellers cover 60 % of the segment's sales.",
  usage: "The client lists 42 of our 65 references; the national best-sellers are missing.",
  offers: { columns: ["Offer", "Investment", "Expected return", "ROI"], rows: [["Eight best-sellers", "40 k EUR", "180 k EUR", "350 %"], ["Premium merchandising kit", "25 k EUR", "60 k EUR", "140 %"]] },
  advice: ["Group the facial aisle by need rather than by brand"],
  labels: { support: "How we support it", usage: "Current usage", offers: "Offers", advice: "Our advice" },
};

describe.each(["default", "midnight"])("solution slide, theme %s", (theme) => {
  const ctx = testContext({ theme });

  it("right-aligns amounts and highlights the ROI column in the accent tint", () => {
    const [page] = layoutSolution(slide, ctx);
    const table = page.primitives.find((p): p is TablePrimitive => p.type === "table")!;
    const body = table.rows.filter((r) => !r.header);
    expect(body).toHaveLength(2);
    for (const row of body) {
      expect(row.cells.slice(1).every((c) => c.align === "right")).toBe(true);
      expect(row.cells[3].fill).toBe(accentTint(ctx.theme));
      expect(row.cells[3].bold).toBe(true);
      expect(row.cells[0].fill).toBeUndefined();
    }
    expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
  });

  it("lays out a solution without offers or usage", () => {
    const pages = layoutSolution({ ...slide, usage: undefined, offers: { columns: slide.offers.columns, rows: [] } }, ctx);
    expect(pages).toHaveLength(1);
    expect(pages[0].primitives.some((p) => p.type === "table")).toBe(false);
    expect(checkLayoutInvariants(deckOf(ctx, pages), { theme: ctx.theme })).toEqual([]);
  });
});
