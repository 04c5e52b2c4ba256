import { describe, expect, it } from "vitest";
import { reflow } from "../../src/layout/reflow.js";

describe("reflow", () => {
  it("joins the lines an editor wrapped at 80 characters into one paragraph", () => {
    expect(reflow("Category reviews twice a year; promotions agreed\nquarterly with the trade-marketing team.\n")).toEqual([
      "Category reviews twice a year; promotions agreed quarterly with the trade-marketing team.",
    ]);
  });

  it("starts a paragraph after a blank line and at each list item", () => {
    expect(reflow("Two steps:\n- tender in March\n  with three bidders\n- award in May\n\nThen the pilot.")).toEqual([
      "Two steps:",
      "- tender in March with three bidders",
      "- award in May",
      "Then the pilot.",
    ]);
  });

  it("keeps a one-line text as it is", () => {
    expect(reflow("Annual listing in September")).toEqual(["Annual listing in September"]);
  });
});
