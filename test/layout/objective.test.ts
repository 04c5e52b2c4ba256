import { describe, expect, it } from "vitest";
import { layoutObjective } from "../../src/layout/objective.js";
import type { ObjectiveSlide } from "../../src/deck/types.js";
import type { ChartPrimitive, RectPrimitive } from "../../src/layout/types.js";
import { checkLayoutInvariants } from "./invariants.js";
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
