import { describe, expect, it } from "vitest";
import { lineLabelPlace, makeChart } from "../../src/layout/chart.js";
import { niceScale, ticksOf } from "../../src/layout/nice-scale.js";
import type { Primitive } from "../../src/layout/types.js";
import { testContext } from "./chart-context.js";

describe("niceScale", () => {
  it("rounds bounds to whole nice steps around the data", () => {
    const s = niceScale([1.84, 1.87, 1.91]);
    expect(s.min).toBeLessThanOrEqual(1.84);
    expect(s.max).toBeGreaterThanOrEqual(1.91);
    expect([1, 2, 2.5, 5].some((m) => Math.abs(s.step / 10 ** Math.floor(Math.log10(s.step)) - m) < 1e-9)).toBe(true);
    expect(ticksOf(s).every((t) => Number.isFinite(t) && String(t).length < 8)).toBe(true);
  });

  it("includes zero for bars and survives a single value", () => {
    expect(niceScale([120, 180], { includeZero: true }).min).toBe(0);
    const one = niceScale([5]);
    expect(one.max).toBeGreaterThan(one.min);
  });
});

function bounds(p: Primitive): { x0: number; y0: number; x1: number; y1: number } {
  switch (p.type) {
    case "line":
      return { x0: Math.min(p.x1, p.x2), y0: Math.min(p.y1, p.y2), x1: Math.max(p.x1, p.x2), y1: Math.max(p.y1, p.y2) };
    case "polygon":
      return { x0: Math.min(...p.points.map((q) => q.x)), y0: Math.min(...p.points.map((q) => q.y)), x1: Math.max(...p.points.map((q) => q.x)), y1: Math.max(...p.points.map((q) => q.y)) };
    case "table":
      throw new Error("no table in a chart");
    default:
      return { x0: p.x, y0: p.y, x1: p.x + p.w, y1: p.y + p.h };
  }
}

describe("makeChart", () => {
  const ctx = testContext();
  const box = { x: 7, y: 2, w: 3.4, h: 1.9 };

  it.each(["line", "bar"] as const)("draws the %s chart's vector inside its box", (kind) => {
    const chart = makeChart({ chart: kind, ...box, categories: ["Q2 2026", "Q3 2026", "Q4 2026"], series: [{ name: "Revenue", values: [1.84, 1.87, 1.91] }] }, ctx);
    expect(chart.vector.length).toBeGreaterThan(6);
    for (const p of chart.vector) {
      const b = bounds(p);
      expect(b.x0).toBeGreaterThanOrEqual(box.x - 1e-3);
      expect(b.y0).toBeGreaterThanOrEqual(box.y - 1e-3);
      expect(b.x1).toBeLessThanOrEqual(box.x + box.w + 1e-3);
      expect(b.y1).toBeLessThanOrEqual(box.y + box.h + 1e-3);
    }
    expect(chart.min).toBeLessThanOrEqual(1.84);
    expect(chart.max).toBeGreaterThanOrEqual(1.91);
  });

  it("joins consecutive points with segments and marks each point", () => {
    const chart = makeChart({ chart: "line", ...box, categories: ["a", "b", "c", "d"], series: [{ name: "s", values: [3, 1, 4, 1] }] }, ctx);
    const colour = chart.series[0].color;
    const segments = chart.vector.filter((p) => p.type === "line" && p.stroke.color === colour);
    expect(segments).toHaveLength(3);
    const markers = chart.vector.filter((p) => p.type === "ellipse");
    expect(markers).toHaveLength(4);
    // Higher values sit higher on the slide.
    const ys = markers.map((m) => (m.type === "ellipse" ? m.y : 0));
    expect(ys[2]).toBeLessThan(ys[0]);
    expect(ys[1]).toBeGreaterThan(ys[0]);
  });

  it("writes value and category labels at no less than the theme's minimum size", () => {
    const chart = makeChart({ chart: "bar", ...box, categories: ["a", "b"], series: [{ name: "s", values: [120, 180] }] }, ctx);
    const texts = chart.vector.filter((p) => p.type === "text");
    const words = texts.map((t) => (t.type === "text" ? t.paragraphs.flatMap((q) => q.lines.flat().map((r) => r.text)).join("") : ""));
    expect(words).toEqual(expect.arrayContaining(["a", "b", "120", "180"]));
    for (const t of texts) if (t.type === "text") expect(t.style.fontSize).toBeGreaterThanOrEqual(ctx.theme.sizes.min);
    expect(chart.min).toBe(0);
  });
});

describe("lineLabelPlace", () => {
  it("keeps value labels off the line: left of a rise, right after a fall, under a dip", () => {
    expect([0, 1, 2].map((i) => lineLabelPlace([1, 2, 3], i))).toEqual(["left", "left", "above"]);
    expect([0, 1, 2].map((i) => lineLabelPlace([3, 2, 1], i))).toEqual(["above", "right", "right"]);
    expect(lineLabelPlace([3, 1, 4], 1)).toBe("below");
    expect(lineLabelPlace([1, 4, 2], 1)).toBe("above");
  });
});

describe("whole-number data", () => {
  it("gets whole-number steps, so two ticks never read the same", () => {
    const s = niceScale([2, 3, 4], { integers: true });
    expect(Number.isInteger(s.step)).toBe(true);
    expect(niceScale([0, 6], { integers: true }).step).toBe(2);
    const ctx = testContext();
    const chart = makeChart({ chart: "line", x: 1, y: 1, w: 4, h: 2, categories: ["Q2", "Q3", "Q4"], series: [{ name: "Days", values: [4, 3, 2] }] }, ctx);
    expect(Number.isInteger(chart.step)).toBe(true);
    // The axis labels (muted, right-aligned) all differ.
    const labels = chart.vector!.filter((p) => p.type === "text" && p.style.color === ctx.theme.colors.muted).map((p) => (p.type === "text" ? p.paragraphs[0].lines[0].map((r) => r.text).join("") : ""));
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
