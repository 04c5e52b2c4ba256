import { describe, expect, it } from "vitest";
import { isOverdue, kpiProgress, roi } from "../../src/deck/metrics.js";

describe("roi", () => {
  it("is (return - investment) / investment", () => {
    expect(roi({ investment: 40000, expected_return: 180000 })).toBe(3.5);
    expect(roi({ investment: 25000, expected_return: 20000 })).toBe(-0.2);
  });
  it("is undefined without both amounts or with nothing invested", () => {
    expect(roi({ investment: 40000 })).toBeUndefined();
    expect(roi({ investment: 0, expected_return: 5 })).toBeUndefined();
  });
});

describe("kpiProgress", () => {
  it("measures the way from baseline to target, for rising and falling targets", () => {
    expect(kpiProgress({ baseline: 1.82, target: 2.0, current: 1.91 })).toBeCloseTo(0.5, 10);
    expect(kpiProgress({ baseline: 6.5, target: 3.0, current: 4.8 })).toBeCloseTo(1.7 / 3.5, 10);
  });
  it("is undefined without a baseline or current, or when target equals baseline", () => {
    expect(kpiProgress({ target: 2, current: 1 })).toBeUndefined();
    expect(kpiProgress({ baseline: 2, target: 2, current: 2 })).toBeUndefined();
  });
});

describe("isOverdue", () => {
  it("flags open actions due before the last day of the period", () => {
    expect(isOverdue({ due: "2026-12-15", status: "planned" }, "2026-Q4")).toBe(true);
    expect(isOverdue({ due: "2026-12-01", status: "blocked" }, "2026-Q4")).toBe(true);
    expect(isOverdue({ due: "2026-12-31", status: "in_progress" }, "2026-Q4")).toBe(false);
    expect(isOverdue({ due: "2027-01-15", status: "planned" }, "2026-Q4")).toBe(false);
  });
  it("never flags done or cancelled actions", () => {
    expect(isOverdue({ due: "2026-11-30", status: "done" }, "2026-Q4")).toBe(false);
    expect(isOverdue({ due: "2026-10-01", status: "cancelled" }, "2026-Q4")).toBe(false);
  });
});
