// Plans at the edges of what a key account manager may write: long names, long
// lists, empty sections, many rows. Every case must still hold the invariants,
// and anything cut must be reported by a warning naming its field.
import { describe, expect, it } from "vitest";
import { checkLayoutInvariants } from "./invariants.js";
import { layoutSlides } from "./deck-fixture.js";
import { edgeSlides as slides } from "./stress-fixtures.js";

describe("edge cases", () => {
  it.each(Object.keys(slides))("%s holds the invariants", async (name) => {
    const { layout, theme } = await layoutSlides([slides[name]]);
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });

  it("reports what it cut, by field", async () => {
    const { layout } = await layoutSlides([slides.review, slides.account]);
    const fields = layout.warnings.map((w) => w.field);
    expect(fields).toEqual(expect.arrayContaining(["followup.review.decisions", "account.news"]));
  });

  it("splits a 40-row custom table and an 18-factor SWOT grid over continuation slides", async () => {
    const { layout } = await layoutSlides([slides.custom, slides.swotGrid]);
    expect(layout.slides.filter((s) => s.kind === "custom").length).toBeGreaterThan(1);
    expect(layout.slides.filter((s) => s.kind === "swot-grid").length).toBeGreaterThan(1);
    expect(layout.slides.find((s) => s.kind === "custom")!.title).toMatch(/^Calendrier \(1\/\d\)$/);
  });
});
