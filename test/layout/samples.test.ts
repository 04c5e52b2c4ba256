// Every sample plan, both audiences, every theme: plan -> view -> deck -> layout
// must hold the layout invariants; plus a readable snapshot of the French
// sample's IR so any change of geometry shows up in review.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkLayoutInvariants } from "./invariants.js";
import { layoutFile, loadThemeOrThrow, ROOT } from "./pipeline.js";
import { summarizeLayout } from "./summarize.js";

function yamlIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== "portfolio.yaml")
    .map((f) => join(dir, f));
}

const EXAMPLE = "/work/shared/plan-example.yaml";
const samples = [...yamlIn(join(ROOT, "samples")), ...yamlIn(join(ROOT, "samples/portfolio"))];
const plans = samples.length ? samples : [EXAMPLE];
const themes = readdirSync(join(ROOT, "themes")).filter((t) => existsSync(join(ROOT, "themes", t, "theme.yaml")));

describe.each(plans)("%s", (file) => {
  it.each(themes.flatMap((t) => [[t, "internal"], [t, "client"]] as const))("theme %s, %s deck: no invariant violation", async (themeName, audience) => {
    const { layout, theme } = await layoutFile(file, audience, themeName);
    expect(layout.slides.length).toBeGreaterThanOrEqual(1);
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });
});

it("snapshots the French sample's IR", async () => {
  const french = samples.find((f) => /example|maison|fr/i.test(f)) ?? EXAMPLE;
  await loadThemeOrThrow("default");
  const { layout } = await layoutFile(french, "internal", "default");
  const mine = ["cover", "agenda", "account", "swot", "swot-grid", "actions", "review", "custom"];
  expect(summarizeLayout(layout, { kinds: mine })).toMatchSnapshot();
});
