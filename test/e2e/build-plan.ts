// Builds one plan file through the real pipeline (load -> view -> deck ->
// layout -> render), as `kamdeck build` does, for the end-to-end tests.
import path from "node:path";
import { buildDeck, type BuiltDeck, type Format } from "../../src/build-deck.js";
import { discoverPlans } from "../../src/plan/portfolio.js";
import { loadPlanFile } from "../../src/plan/load.js";
import { loadTheme } from "../../src/theme/load.js";
import { periodTimestamp } from "../../src/batch/timestamp.js";
import type { Audience } from "../../src/view/types.js";

export const SAMPLES_DIR = path.resolve(import.meta.dirname, "../../samples");

/** Every sample plan file, portfolio included, with the defaults its portfolio.yaml gives. */
export async function samplePlans() {
  const found = await discoverPlans([SAMPLES_DIR]);
  return found.plans;
}

export async function buildPlanFile(
  file: string,
  opts: { audience: Audience; theme?: string; formats?: Format[] },
): Promise<BuiltDeck> {
  const found = await discoverPlans([file]);
  const entry = found.plans[0];
  const loaded = await loadPlanFile(file, { defaults: entry?.defaults, root: entry?.root });
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.errors.map((e) => e.message).join("; ")}`);
  const theme = await loadTheme(opts.theme ?? loaded.plan.theme ?? "default");
  if (!theme.ok) throw new Error(`theme ${opts.theme} does not load`);
  return buildDeck({
    plan: loaded.plan,
    planFile: file,
    theme: theme.theme,
    themeDir: theme.dir,
    audience: opts.audience,
    formats: opts.formats ?? ["pptx", "pdf"],
    timestamp: periodTimestamp(loaded.plan.period),
  });
}
