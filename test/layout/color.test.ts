import { describe, expect, it } from "vitest";
import { contrastRatio, mix, readableOn, tint } from "../../src/layout/color.js";
import { loadThemeOrThrow } from "./pipeline.js";

describe("contrastRatio", () => {
  it("spans 1 (same colour) to 21 (black on white), in either order", () => {
    expect(contrastRatio("#FFFFFF", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#1F3A5F", "#1F3A5F")).toBe(1);
  });

  it("matches WCAG reference values", () => {
    // #777777 on white is the classic just-under-AA grey (4.48:1); #767676 just passes (4.54:1).
    expect(contrastRatio("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#767676", "#FFFFFF")).toBeCloseTo(4.54, 2);
  });

  it("rejects colours that are not #RRGGBB", () => {
    expect(() => contrastRatio("red", "#FFFFFF")).toThrow(/#RRGGBB/);
  });
});

describe("readableOn", () => {
  it("puts white on dark fills and dark text on light ones", () => {
    expect(readableOn("#1F3A5F")).toBe("#FFFFFF");
    expect(readableOn("#FFD84D")).toBe("#1E2329");
  });

  it.each(["default", "midnight"])("gives every status pill of theme %s a 4.5:1 text colour", async (name) => {
    const { theme } = await loadThemeOrThrow(name);
    for (const fill of Object.values(theme.colors.status)) {
      expect(contrastRatio(readableOn(fill, ["#FFFFFF", theme.colors.text]), fill)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("mix and tint", () => {
  it("interpolates channels and keeps upper-case #RRGGBB", () => {
    expect(mix("#000000", "#FFFFFF", 0.5)).toBe("#808080");
    expect(tint("#1f3a5f", 0)).toBe("#1F3A5F");
    expect(tint("#1F3A5F", 1)).toBe("#FFFFFF");
  });
});
