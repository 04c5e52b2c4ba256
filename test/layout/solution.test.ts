import { describe, expect, it } from "vitest";
import { layoutSolution } from "../../src/layout/solution.js";
import { accentTint, contrastRatio } from "../../src/layout/contrast.js";
import type { SolutionSlide } from "../../src/deck/types.js";
import type { RectPrimitive, TablePrimitive } from "../../src/layout/types.js";
import { bestOfferRow } from "../../src/layout/offer-figures.js";
import { checkLayoutInvariants } from "./invariants.js";
import { deckOf, testContext, textOf, texts } from "./chart-context.js";

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
    // The ROI header is marked too, so the column reads as one from its head down.
    const header = table.rows.find((r) => r.header)!;
    expect(header.cells[3].fill).toBe(ctx.theme.colors.accent);
    expect(header.cells[0].fill).toBeUndefined();
    expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
  });

  it("lays out a solution without offers or usage", () => {
    const pages = layoutSolution({ ...slide, usage: undefined, offers: { columns: slide.offers.columns, rows: [] } }, ctx);
    expect(pages).toHaveLength(1);
    expect(pages[0].primitives.some((p) => p.type === "table")).toBe(false);
    expect(checkLayoutInvariants(deckOf(ctx, pages), { theme: ctx.theme })).toEqual([]);
  });
});

describe("solution slide fills its body", () => {
  const ctx = testContext();
  const bottom = ctx.grid.body.y + ctx.grid.body.h;

  it("states a lone support large on a card across the body", () => {
    const [page] = layoutSolution({ ...slide, usage: undefined, advice: [], offers: { columns: slide.offers.columns, rows: [] } }, ctx);
    const statement = texts(page.primitives).find((t) => textOf(t) === slide.support)!;
    expect(statement.style.fontSize).toBeGreaterThanOrEqual(ctx.theme.sizes.subtitle + 4);
    const card = page.primitives.find((p): p is RectPrimitive => p.type === "rect" && p.fill === ctx.theme.colors.surface)!;
    expect(card.w).toBeCloseTo(ctx.grid.body.w, 2);
    expect(card.y + card.h).toBeCloseTo(bottom, 2);
    expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
  });

  it("shows the best offer's figures large under the table when there is no advice, down to the body's foot", () => {
    const [page] = layoutSolution({ ...slide, usage: undefined, advice: [] }, ctx);
    const roi = texts(page.primitives).find((t) => textOf(t) === "350 %" && t.style.fontSize > ctx.theme.sizes.subtitle)!;
    expect(contrastRatio(roi.style.color, ctx.theme.colors.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(roi.style.color, ctx.theme.colors.accent)).toBeLessThan(1.5);
    const lowest = Math.max(...page.primitives.filter((p): p is RectPrimitive => p.type === "rect").map((r) => r.y + r.h));
    expect(lowest).toBeGreaterThan(bottom - 1.2);
    expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
  });

  it("picks the offer whose ROI cell reads highest, whatever the locale's spacing", () => {
    expect(bestOfferRow([["a", "1", "2", "58%"], ["b", "1", "2", "1 050 %"], ["c", "1", "2", "140 %"]])?.[0]).toBe("b");
    expect(bestOfferRow([["a", "1", "2", "1,050%"], ["b", "1", "2", "12,5 %"]])?.[0]).toBe("a");
    expect(bestOfferRow([["a", "1", "2", "−20 %"], ["b", "1", "2", "3 %"]])?.[0]).toBe("b");
    expect(bestOfferRow([["a", "1", "2", ""]])).toBeUndefined();
  });
});
