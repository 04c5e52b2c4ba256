import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Theme } from "../../src/theme/schema.js";
import { accentTint, contrastRatio, MIN_CONTRAST, mixColor, readableInk, relationshipTint } from "../../src/layout/contrast.js";

const themesDir = join(import.meta.dirname, "../../themes");
const themes = readdirSync(themesDir).map((name) => ({
  name,
  theme: Theme.parse(parse(readFileSync(join(themesDir, name, "theme.yaml"), "utf8"))),
}));

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#FFFFFF", "#FFFFFF")).toBe(1);
    expect(contrastRatio("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#FFFFFF", "#777777")).toBe(contrastRatio("#777777", "#FFFFFF"));
  });

  it("mixes colours channel by channel", () => {
    expect(mixColor("#FF0000", "#FFFFFF", 0)).toBe("#FFFFFF");
    expect(mixColor("#FF0000", "#FFFFFF", 1)).toBe("#FF0000");
    expect(mixColor("#000000", "#FFFFFF", 0.5)).toBe("#808080");
  });
});

it("ships at least two themes", () => {
  expect(themes.map((t) => t.name)).toEqual(expect.arrayContaining(["default", "midnight"]));
});

describe.each(themes)("theme $name: text on colour meets 4.5:1", ({ theme }) => {
  const c = theme.colors;
  const pairs: Array<[string, string, string]> = [
    ["text on background", c.text, c.background],
    ["muted on background", c.muted, c.background],
    ["text on surface", c.text, c.surface],
    ["muted on surface", c.muted, c.surface],
    ["primary (titles) on background", c.primary, c.background],
    ["accent (highlighted numbers) on background", c.accent, c.background],
    ["danger (confidential mark) on background", c.danger, c.background],
    ["on_primary on primary", c.on_primary, c.primary],
    ["on_accent on accent", c.on_accent, c.accent],
    ["text on the accent tint (ROI cells)", c.text, accentTint(theme)],
  ];
  it.each(pairs)("%s", (_label, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each(Object.keys(c.status) as Array<keyof typeof c.status>)("status pill %s has a readable ink", (s) => {
    expect(contrastRatio(readableInk(c.status[s], theme), c.status[s])).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each(["strong", "good", "weak"] as const)("text on the %s relationship tint", (r) => {
    const tint = relationshipTint(theme, r);
    expect(tint).not.toBe(c.background);
    expect(contrastRatio(c.text, tint)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastRatio(c.muted, tint)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });
});

describe.each(["default", "midnight"])("accent as text, theme %s", (name) => {
  it("keeps 4.5:1 on the surface and the background, and stays the accent where it already does", async () => {
    const { accentInk } = await import("../../src/layout/contrast.js");
    const theme = themes.find((t) => t.name === name)!.theme;
    for (const fill of [theme.colors.surface, theme.colors.background]) {
      const ink = accentInk(theme, fill);
      expect(contrastRatio(ink, fill)).toBeGreaterThanOrEqual(4.5);
      if (contrastRatio(theme.colors.accent, fill) >= 4.5) expect(ink).toBe(theme.colors.accent);
    }
  });
});
