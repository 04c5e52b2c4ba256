import { describe, expect, it } from "vitest";
import type { TextPrimitive } from "../../src/layout/types.js";
import { checkLayoutInvariants } from "./invariants.js";
import { layoutSlides } from "./deck-fixture.js";
import { swotSlide } from "./stress-fixtures.js";

const chips = (prims: unknown[]) => (prims as TextPrimitive[]).filter((p) => p.type === "text" && p.role === "label" && p.fill);
const word = (p: TextPrimitive) => p.paragraphs[0].lines[0].map((r) => r.text).join("");

describe("SWOT layout", () => {
  it("puts the four headings in fixed places: S top left, W top right, O bottom left, T bottom right", async () => {
    const { layout } = await layoutSlides([swotSlide(2)]);
    const [s, w, o, t] = ["Forces", "Faiblesses", "Opportunités", "Menaces"].map((h) => chips(layout.slides[0].primitives).find((c) => word(c) === h)!);
    expect(s.x).toBeCloseTo(o.x, 6);
    expect(w.x).toBeCloseTo(t.x, 6);
    expect(s.y).toBeCloseTo(w.y, 6);
    expect(o.y).toBeCloseTo(t.y, 6);
    expect(w.x).toBeGreaterThan(s.x);
    expect(o.y).toBeGreaterThan(s.y);
  });

  it("stays on one slide when the lists fit, and continues on 'SWOT (2/2)' only when they do not", async () => {
    const short = await layoutSlides([swotSlide(3)]);
    expect(short.layout.slides.map((s) => s.title)).toEqual(["Analyse SWOT"]);
    const long = await layoutSlides([swotSlide(12)]);
    const titles = long.layout.slides.map((s) => s.title);
    expect(titles.length).toBeGreaterThan(1);
    expect(titles[1]).toBe(`Analyse SWOT (2/${titles.length})`);
    expect(checkLayoutInvariants(long.layout, { theme: long.theme })).toEqual([]);
    // Every item appears exactly once over the pages.
    const text = long.layout.slides.flatMap((s) => s.primitives).filter((p): p is TextPrimitive => p.type === "text" && p.role === "body").flatMap((p) => p.paragraphs.map((q) => q.lines.map((l) => l.map((r) => r.text).join("")).join(" ")));
    expect(text.filter((t) => t.startsWith("Force ")).length).toBe(12);
  });

  it("cuts a single item too long for its quadrant with an ellipsis and names the field in a warning", async () => {
    const slide = swotSlide(1);
    slide.quadrants[0].items = [Array.from({ length: 120 }, (_, i) => `mot${i}`).join(" ")];
    const { layout, theme } = await layoutSlides([slide]);
    expect(layout.warnings.map((w) => w.field)).toContain("swot.strengths");
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });
});
