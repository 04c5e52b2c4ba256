import { describe, expect, it } from "vitest";
import { kpiProgress } from "../../src/layout/kpi-progress.js";
import { kpiBarHeight, layoutKpiBar, type ObjectiveKpi } from "../../src/layout/kpi-bar.js";
import type { PolygonPrimitive, RectPrimitive, TextPrimitive } from "../../src/layout/types.js";
import { testContext } from "./chart-context.js";

describe("kpiProgress", () => {
  it("measures the way from baseline to target", () => {
    const p = kpiProgress({ baseline: 1.82, target: 2.0, current: 1.91 });
    expect(p.progress).toBeCloseTo(0.5, 9);
    expect(p.exceeded).toBe(false);
    expect(p.lowerIsBetter).toBe(false);
  });

  it("fills the bar and flags a current value beyond the target", () => {
    const p = kpiProgress({ baseline: 100, target: 120, current: 150 });
    expect(p.progress).toBe(1);
    expect(p.raw).toBeCloseTo(2.5, 9);
    expect(p.exceeded).toBe(true);
  });

  it("empties the bar when the current value fell behind the baseline", () => {
    const p = kpiProgress({ baseline: 100, target: 120, current: 90 });
    expect(p.progress).toBe(0);
    expect(p.raw).toBeCloseTo(-0.5, 9);
    expect(p.exceeded).toBe(false);
  });

  it("counts downwards when the target is below the baseline (lower is better)", () => {
    const p = kpiProgress({ baseline: 6.5, target: 3.0, current: 4.8 });
    expect(p.lowerIsBetter).toBe(true);
    expect(p.progress).toBeCloseTo((6.5 - 4.8) / (6.5 - 3.0), 9);
    expect(kpiProgress({ baseline: 6.5, target: 3, current: 2 })).toMatchObject({ progress: 1, exceeded: true });
    expect(kpiProgress({ baseline: 6.5, target: 3, current: 8 }).progress).toBe(0);
  });

  it("starts from zero without a baseline and stays empty without a current value", () => {
    expect(kpiProgress({ target: 200, current: 50 }).progress).toBeCloseTo(0.25, 9);
    expect(kpiProgress({ baseline: 1, target: 2 })).toMatchObject({ progress: 0, exceeded: false });
    expect(kpiProgress({ baseline: 1, target: 2 }).raw).toBeUndefined();
  });

  it("treats a target equal to its baseline as met or not", () => {
    expect(kpiProgress({ baseline: 5, target: 5, current: 5 }).progress).toBe(1);
    expect(kpiProgress({ baseline: 5, target: 5, current: 4 }).progress).toBe(0);
  });
});

function kpi(over: Partial<ObjectiveKpi>): ObjectiveKpi {
  return {
    name: "Facial-care revenue",
    unit: "M EUR",
    baseline: 1.82,
    target: 2,
    current: 1.91,
    history: [],
    labels: { baseline: "Baseline", target: "Target", current: "Current" },
    formatted: { baseline: "1.82", target: "2.00", current: "1.91" },
    ...over,
  };
}

describe("layoutKpiBar", () => {
  const ctx = testContext();
  const box = { x: 0.5, y: 2, w: 6 };

  function parts(k: ObjectiveKpi) {
    const prims = layoutKpiBar({ ...box, kpi: k }, ctx);
    const rects = prims.filter((p): p is RectPrimitive => p.type === "rect");
    const marker = prims.find((p): p is PolygonPrimitive => p.type === "polygon");
    const texts = prims.filter((p): p is TextPrimitive => p.type === "text");
    return { prims, track: rects[0], fill: rects[1], marker, texts };
  }

  it("draws bars of equal length whatever the values", () => {
    const a = parts(kpi({})).track;
    const b = parts(kpi({ baseline: 10, target: 5000, current: 20 })).track;
    expect(a.w).toBe(b.w);
    expect(a.x).toBe(box.x);
    expect(a.w).toBeCloseTo(box.w, 3);
  });

  it("places the current marker at the progress and labels it", () => {
    const { track, fill, marker, texts } = parts(kpi({}));
    const tip = marker!.points[2];
    expect(tip.x).toBeCloseTo(track.x + track.w * 0.5, 2);
    expect(fill.w).toBeCloseTo(track.w * 0.5, 2);
    const words = texts.map((t) => t.paragraphs.flatMap((p) => p.lines.flat().map((r) => r.text)).join(" "));
    expect(words.some((w) => w.includes("Current") && w.includes("1.91"))).toBe(true);
    expect(words.some((w) => w.includes("Baseline") && w.includes("1.82"))).toBe(true);
    expect(words.some((w) => w.includes("Target") && w.includes("2.00"))).toBe(true);
  });

  it("clamps the marker to the target end and says the target is exceeded", () => {
    const { track, marker, texts, fill } = parts(kpi({ current: 2.4, formatted: { baseline: "1.82", target: "2.00", current: "2.40" } }));
    expect(marker!.points[2].x).toBeCloseTo(track.x + track.w, 2);
    expect(fill.w).toBeCloseTo(track.w, 2);
    expect(texts.some((t) => t.paragraphs[0].lines.flat().some((r) => r.text.includes("exceeded")))).toBe(true);
  });

  it("keeps every primitive inside the announced height and width", () => {
    const { prims } = parts(kpi({ current: 1.5 }));
    const h = kpiBarHeight(ctx);
    for (const p of prims) {
      if (p.type === "polygon") continue;
      if (p.type === "line") {
        expect(Math.min(p.y1, p.y2)).toBeGreaterThanOrEqual(box.y - 1e-6);
        expect(Math.max(p.y1, p.y2)).toBeLessThanOrEqual(box.y + h + 1e-6);
        continue;
      }
      if (!("w" in p)) continue;
      expect(p.x).toBeGreaterThanOrEqual(box.x - 1e-6);
      expect(p.x + p.w).toBeLessThanOrEqual(box.x + box.w + 1e-3);
      expect(p.y + p.h).toBeLessThanOrEqual(box.y + h + 1e-6);
    }
  });
});

describe("the current label at the ends of the bar", () => {
  const ctx = testContext();
  const box = { x: 0.5, y: 2, w: 6 };
  it("sits beside the marker, not over the end tick, when the target is reached", () => {
    const prims = layoutKpiBar({ ...box, kpi: kpi({ current: 2, formatted: { baseline: "1.82", target: "2.00", current: "2.00" } }) }, ctx);
    const label = prims.find((p): p is TextPrimitive => p.type === "text" && p.paragraphs[0].lines.flat().some((r) => r.text.includes("Current")))!;
    expect(label.x + label.w).toBeLessThan(box.x + box.w - 0.05);
  });
});
