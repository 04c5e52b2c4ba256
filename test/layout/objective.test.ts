import { describe, expect, it } from "vitest";
import { layoutObjective } from "../../src/layout/objective.js";
import type { ObjectiveSlide } from "../../src/deck/types.js";
import type { ChartPrimitive, RectPrimitive } from "../../src/layout/types.js";
import { checkLayoutInvariants } from "./invariants.js";
import { contrastRatio } from "../../src/layout/contrast.js";
import { deckOf, testContext, textOf, texts } from "./chart-context.js";

type Kpi = ObjectiveSlide["kpis"][number];
const kpi = (name: string, over: Partial<Kpi> = {}): Kpi => ({
  name,
  target: 2,
  baseline: 1.82,
  current: 1.91,
  history: [],
  labels: { baseline: "Baseline", target: "Target", current: "Current" },
  formatted: { baseline: "1.82 M EUR", target: "2.00 M EUR", current: "1.91 M EUR" },
  ...over,
});
const slide = (kpis: Kpi[]): ObjectiveSlide => ({
  kind: "objective",
  section: "objectives",
  title: "Grow facial-care sales by 10 %",
  objectiveTitle: "Grow facial-care sales by 10 %",
  subtitle: "Facial-care revenue at 1.91 M EUR, 50 % of the way",
  kpis,
  facts: [{ label: "Budget", value: "250 k EUR" }, { label: "Expected result", value: "2 M EUR of revenue" }],
  challenges: ["Private labels", "Less shelf space in convenience stores"],
  challengesHeading: "Challenges",
});

describe.each(["default", "midnight"])("objective slide, theme %s", (theme) => {
  const ctx = testContext({ theme });

  it("draws every KPI bar at the same length and a native chart where history exists", () => {
    const s = slide([
      kpi("Revenue", { history: [{ period: "2026-Q2", value: 1.84 }, { period: "2026-Q3", value: 1.87 }] }),
      kpi("Stock-outs", { baseline: 6.5, target: 3, current: 4.8, formatted: { baseline: "6.5 %", target: "3 %", current: "4.8 %" } }),
    ]);
    const [page] = layoutObjective(s, ctx);
    const tracks = page.primitives.filter((p): p is RectPrimitive => p.type === "rect" && p.stroke?.color === ctx.theme.colors.rule && p.h === 0.18);
    expect(tracks).toHaveLength(2);
    expect(tracks[0].w).toBe(tracks[1].w);
    const chart = page.primitives.find((p): p is ChartPrimitive => p.type === "chart")!;
    expect(chart.chart).toBe("line");
    expect(chart.categories).toEqual(["Q2 2026", "Q3 2026", "Q4 2026"]);
    expect(chart.series[0].values).toEqual([1.84, 1.87, 1.91]);
    expect(chart.x).toBeGreaterThanOrEqual(tracks[0].x + tracks[0].w);
    const words = texts(page.primitives).map(textOf);
    expect(words).toEqual(expect.arrayContaining(["Budget", "250 k EUR", "Challenges"]));
    expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
  });

  it("continues KPIs that do not fit on a second slide, panels only on the first", () => {
    const many = Array.from({ length: 7 }, (_, i) => kpi(`KPI ${i + 1}`));
    const pages = layoutObjective(slide(many), ctx);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1].title).toMatch(/\(2\/\d\)$/);
    const names = pages.flatMap((p) => texts(p.primitives).map(textOf)).filter((t) => /^KPI \d$/.test(t));
    expect(names).toEqual(many.map((k) => k.name));
    expect(texts(pages[1].primitives).some((t) => textOf(t) === "Budget")).toBe(false);
    expect(checkLayoutInvariants(deckOf(ctx, pages), { theme: ctx.theme })).toEqual([]);
  });
});

it("states an objective without KPIs instead of leaving the slide empty", () => {
  const ctx = testContext();
  const [page] = layoutObjective({ ...slide([]), title: "Objective 1 of 2", facts: [], challenges: [] }, ctx);
  const words = texts(page.primitives).filter((t) => t.role !== "title").map(textOf);
  expect(words).toContain("Grow facial-care sales by 10 %");
  expect(words).toContain("No KPI is set for this objective yet.");
  expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
});

describe("objective slide fills its body", () => {
  const ctx = testContext();
  const body = ctx.grid.body;

  it("states a single KPI's current value large, in the accent colour, on a card spanning the body", () => {
    const [page] = layoutObjective(slide([kpi("Revenue")]), ctx);
    const value = texts(page.primitives).find((t) => textOf(t) === "1.91 M EUR")!;
    expect(value.style.fontSize).toBeGreaterThanOrEqual(40);
    // The accent, deepened just enough to keep 4.5:1 on the card's surface.
    expect(contrastRatio(value.style.color, ctx.theme.colors.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(value.style.color, ctx.theme.colors.accent)).toBeLessThan(1.5);
    const card = page.primitives.find((p): p is RectPrimitive => p.type === "rect" && p.fill === ctx.theme.colors.surface && p.h > body.h - 0.01)!;
    expect(card).toBeDefined();
    // The content sits in the card's middle, not in its top inch.
    expect(value.y).toBeGreaterThan(body.y + body.h / 4);
  });

  it("gives a lone KPI with history a chart that runs to the bottom of the body", () => {
    const [page] = layoutObjective(slide([kpi("Revenue", { history: [{ period: "2026-Q2", value: 1.84 }] })]), ctx);
    const chart = page.primitives.find((p): p is ChartPrimitive => p.type === "chart")!;
    expect(chart.y + chart.h).toBeCloseTo(body.y + body.h, 2);
    expect(chart.h).toBeGreaterThan(body.h / 3);
  });

  it("sets several KPIs on a regular rhythm, a chart in the row of each KPI that has history", () => {
    const hist = [{ period: "2026-Q2", value: 1.84 }];
    const [page] = layoutObjective(slide([kpi("A"), kpi("B", { history: hist }), kpi("C")]), ctx);
    const names = texts(page.primitives).filter((t) => ["A", "B", "C"].includes(textOf(t)));
    const steps = names.slice(1).map((t, i) => t.y - names[i].y);
    expect(steps[0]).toBeCloseTo(steps[1], 2);
    const charts = page.primitives.filter((p): p is ChartPrimitive => p.type === "chart");
    expect(charts).toHaveLength(1);
    expect(charts[0].y).toBeLessThanOrEqual(names[1].y);
    expect(charts[0].y).toBeGreaterThan(names[0].y);
    expect(charts[0].y + charts[0].h).toBeLessThan(names[2].y);
    expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
  });
});

it("makes a slide without KPIs a statement: the objective large on a card over the whole body", () => {
  const ctx = testContext();
  const [page] = layoutObjective({ ...slide([]), facts: [], challenges: [] }, ctx);
  const statement = texts(page.primitives).find((t) => t.role !== "title" && textOf(t) === "Grow facial-care sales by 10 %")!;
  expect(statement.style.fontSize).toBeGreaterThan(ctx.theme.sizes.title);
  const card = page.primitives.find((p): p is RectPrimitive => p.type === "rect" && p.fill === ctx.theme.colors.surface)!;
  expect(card.h).toBeCloseTo(ctx.grid.body.h, 2);
  expect(card.w).toBeCloseTo(ctx.grid.body.w, 2);
});

it("ends the side panels' column at the body's foot, where the KPIs end, and reads short panels larger", () => {
  const ctx = testContext();
  const [page] = layoutObjective(slide([kpi("Revenue")]), ctx);
  const col = ctx.grid.col(8, 4);
  const panels = page.primitives.filter((p): p is RectPrimitive => p.type === "rect" && Math.abs(p.x - col.x) < 1e-6);
  expect(Math.max(...panels.map((p) => p.y + p.h))).toBeCloseTo(ctx.grid.body.y + ctx.grid.body.h, 2);
  const budget = texts(page.primitives).find((t) => textOf(t) === "250 k EUR")!;
  expect(budget.style.fontSize).toBe(ctx.theme.sizes.subtitle);
});

it("spreads KPIs evenly over their pages, each row at least its least height", async () => {
  const { paginateKpis } = await import("../../src/layout/objective.js");
  const ks = Array.from({ length: 5 }, (_, i) => kpi(`K${i}`));
  const pages = paginateKpis(ks, { room: 5.2, gap: 0.3, rowMin: () => 1.5 });
  // Greedy would give 3 + 2 here too; 4 rows of 1.5 in do not fit 5.2 in.
  expect(pages.map((p) => p.length)).toEqual([3, 2]);
  const seven = paginateKpis(Array.from({ length: 7 }, (_, i) => kpi(`K${i}`)), { room: 5.2, gap: 0.3, rowMin: () => 1.5 });
  // Greedy: 3 + 3 + 1, a lone leftover; evenly: 3 + 2 + 2.
  expect(seven.map((p) => p.length)).toEqual([3, 2, 2]);
  expect(seven.flat().map((k) => k.name)).toEqual(Array.from({ length: 7 }, (_, i) => `K${i}`));
});
