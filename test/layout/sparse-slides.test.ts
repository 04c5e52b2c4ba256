// Slides with little content must still look designed: short lists read at the
// subtitle size, the panels of one slide share one size, a short agenda spreads
// over the body, a long list still shrinks rather than overflow.
import { describe, expect, it } from "vitest";
import type { DeckSlide } from "../../src/deck/types.js";
import type { SlideLayout, TextPrimitive } from "../../src/layout/types.js";
import { makeGrid } from "../../src/layout/grid.js";
import { checkLayoutInvariants } from "./invariants.js";
import { layoutSlides } from "./deck-fixture.js";
import { swotSlide } from "./stress-fixtures.js";

const bodies = (s: SlideLayout) => s.primitives.filter((p): p is TextPrimitive => p.type === "text" && p.role === "body");
const LONG = "Renforcer la présence de la gamme dans les magasins de proximité grâce à un planogramme dédié et négocié";

function review(items: string[][]): DeckSlide {
  const keys = ["successes", "obstacles", "opportunities", "decisions"] as const;
  return { kind: "review", section: "review", title: "Revue trimestrielle", panels: keys.map((key, i) => ({ key, heading: key, items: items[i] })) };
}

const agenda = (n: number): DeckSlide => ({ kind: "agenda", section: "agenda", title: "Ordre du jour", items: Array.from({ length: n }, (_, i) => `Section ${i + 1}`) });

describe("quarterly review panels", () => {
  it("set a few short lines at the subtitle size, in every panel", async () => {
    const { layout, theme } = await layoutSlides([review([["Volume +6 %"], ["Logistique"], [], ["Valider le planogramme"]])]);
    const sizes = bodies(layout.slides[0]).map((p) => p.style.fontSize);
    expect(sizes).toEqual([theme.sizes.subtitle, theme.sizes.subtitle, theme.sizes.subtitle, theme.sizes.subtitle]);
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });

  it("share one smaller size when one panel is full, and never go under the minimum", async () => {
    const { layout, theme } = await layoutSlides([review([["Volume +6 %"], Array(6).fill(LONG), ["Un"], ["Deux"]])]);
    const sizes = new Set(bodies(layout.slides[0]).map((p) => p.style.fontSize));
    expect(sizes.size).toBe(1);
    const [size] = [...sizes];
    expect(size).toBeLessThan(theme.sizes.subtitle);
    expect(size).toBeGreaterThanOrEqual(theme.sizes.min);
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });
});

describe("SWOT quadrants", () => {
  it("use the subtitle size for short factors and one size for all four quadrants", async () => {
    const short = await layoutSlides([swotSlide(2)]);
    expect(new Set(bodies(short.layout.slides[0]).map((p) => p.style.fontSize))).toEqual(new Set([short.theme.sizes.subtitle]));
    const full = await layoutSlides([swotSlide(6)]);
    const sizes = new Set(full.layout.slides.flatMap(bodies).map((p) => p.style.fontSize));
    expect(sizes.size).toBe(1);
    expect(checkLayoutInvariants(full.layout, { theme: full.theme })).toEqual([]);
  });
});

describe("agenda", () => {
  it("keeps up to nine sections in one column and spreads a short agenda over most of the body", async () => {
    const { layout, theme } = await layoutSlides([agenda(9), agenda(5)]);
    const grid = makeGrid(theme);
    const [nine, five] = layout.slides.map((s) => s.primitives.filter((p): p is TextPrimitive => p.type === "text" && p.role === "label"));
    expect(new Set(nine.map((p) => p.x)).size).toBe(1);
    const bottom = (labels: TextPrimitive[]) => Math.max(...labels.map((p) => p.y + p.h));
    expect((bottom(five) - grid.body.y) / grid.body.h).toBeGreaterThan(0.7);
    expect(bottom(nine)).toBeLessThanOrEqual(grid.body.y + grid.body.h);
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });

  it("goes to two columns for a long agenda", async () => {
    const { layout, theme } = await layoutSlides([agenda(12)]);
    const labels = layout.slides[0].primitives.filter((p): p is TextPrimitive => p.type === "text" && p.role === "label");
    expect(new Set(labels.map((p) => p.x)).size).toBe(2);
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });
});
