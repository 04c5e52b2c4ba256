import { describe, expect, it } from "vitest";
import { layoutFollowup } from "../../src/layout/followup.js";
import { dayNumber, isoOf, monthStarts, nextQuarter } from "../../src/layout/date-axis.js";
import type { FollowupSlide } from "../../src/deck/types.js";
import type { LinePrimitive, PolygonPrimitive } from "../../src/layout/types.js";
import { checkLayoutInvariants } from "./invariants.js";
import { deckOf, testContext, textOf, texts } from "./chart-context.js";

describe("date axis", () => {
  it("finds the quarter after a period, across a year end", () => {
    expect(nextQuarter("2026-Q4")).toEqual({ start: "2027-01-01", end: "2027-03-31" });
    expect(nextQuarter("2027-Q1")).toEqual({ start: "2027-04-01", end: "2027-06-30" });
  });

  it("round-trips dates and lists month starts inside a window", () => {
    expect(isoOf(dayNumber("2027-02-28") + 1)).toBe("2027-03-01");
    expect(monthStarts(dayNumber("2027-01-15"), dayNumber("2027-03-31")).map(isoOf)).toEqual(["2027-02-01", "2027-03-01"]);
  });
});

const slide: FollowupSlide = {
  kind: "followup",
  section: "followup",
  title: "Follow-up",
  subtitle: "Next review on 20 Jan 2027",
  touchpoints: [
    { label: "E-mail", rhythm: "Every 2 weeks", nextDates: ["20 Jan", "3 Feb", "17 Feb"], dates: ["2027-01-20", "2027-02-03", "2027-02-17"] },
    { label: "Call", rhythm: "Every month", duration: "30 min", nextDates: ["20 Jan", "20 Feb", "20 Mar"], dates: ["2027-01-20", "2027-02-20", "2027-03-20"] },
    { label: "Review", rhythm: "Every quarter", duration: "1 h", nextDates: ["20 Jan", "20 Apr", "20 Jul"], dates: ["2027-01-20", "2027-04-20", "2027-07-20"] },
  ],
  nextReview: "20 January 2027",
  nextReviewDate: "2027-01-20",
  labels: { nextReview: "Next review" },
};

describe.each(["default", "midnight"])("follow-up timeline, theme %s", (theme) => {
  const ctx = testContext({ theme });

  it("places each date on a time axis, in order, only inside the quarter", () => {
    const [page] = layoutFollowup(slide, ctx);
    const diamonds = page.primitives.filter((p): p is PolygonPrimitive => p.type === "polygon" && p.points.length === 4);
    // 3 e-mails + 3 calls + 1 review: April and July fall outside the next quarter.
    expect(diamonds).toHaveLength(7);
    const xs = diamonds.map((d) => d.points[0].x);
    expect(xs[1]).toBeGreaterThan(xs[0]);
    expect(xs[2] - xs[1]).toBeCloseTo(xs[1] - xs[0], 2); // every two weeks: equal steps
    expect(xs[3]).toBeCloseTo(xs[0], 3); // 20 Jan in two lanes: same x
    expect(xs[5] - xs[3]).toBeGreaterThan(xs[2] - xs[0]); // 20 Mar is further than 17 Feb
    const rule = page.primitives.find((p): p is LinePrimitive => p.type === "line" && p.stroke.color === ctx.theme.colors.accent)!;
    expect(rule.x1).toBeCloseTo(xs[0], 3);
    expect(texts(page.primitives).map(textOf)).toEqual(expect.arrayContaining(["Next review: 20 January 2027", "E-mail Every 2 weeks"]));
    expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
  });

  it("lists the dates in words, without a pretend scale, when the deck gives no ISO dates", () => {
    const bare: FollowupSlide = { ...slide, nextReviewDate: undefined, touchpoints: slide.touchpoints.map(({ dates: _d, ...t }) => t) };
    const [page] = layoutFollowup(bare, ctx);
    expect(page.primitives.some((p) => p.type === "polygon")).toBe(false);
    expect(texts(page.primitives).map(textOf)).toContain("20 Jan   ·   3 Feb   ·   17 Feb");
    expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
  });
});

describe("a window starting mid-month", () => {
  const ctx = testContext();
  const midMonth: FollowupSlide = { ...slide, window: { start: "2027-01-14", end: "2027-04-14" } };

  it("names the starting month too, and draws the axis as far right as the lane rules", () => {
    const [page] = layoutFollowup(midMonth, ctx);
    const words = texts(page.primitives).map(textOf);
    expect(words).toEqual(expect.arrayContaining(["January 2027", "February 2027", "March 2027", "April 2027"]));
    const lines = page.primitives.filter((p): p is LinePrimitive => p.type === "line" && p.y1 === p.y2);
    const right = Math.max(...lines.map((l) => Math.max(l.x1, l.x2)));
    const axis = lines.find((l) => l.stroke.color === ctx.theme.colors.muted)!;
    expect(axis.x2).toBeCloseTo(right, 3);
    expect(axis.x2).toBeCloseTo(ctx.grid.body.x + ctx.grid.body.w, 2);
    expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
  });
});
