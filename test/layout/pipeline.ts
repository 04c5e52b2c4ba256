// Plan file -> view -> deck -> layout for the layout tests, through the real
// loader and theme loader, every slide kind included.
import { join, resolve } from "node:path";
import { loadPlanFile } from "../../src/plan/load.js";
import { discoverPlans } from "../../src/plan/portfolio.js";
import { loadTheme } from "../../src/theme/load.js";
import { toView } from "../../src/view/to-view.js";
import { composeDeck } from "../../src/deck/compose.js";
import { layoutDeck } from "../../src/layout/layout-deck.js";
import type { Deck } from "../../src/deck/types.js";
import type { DeckLayout } from "../../src/layout/types.js";
import type { Theme } from "../../src/theme/schema.js";
import type { Plan } from "../../src/plan/schema.js";
import type { Audience } from "../../src/view/types.js";

export const ROOT = join(import.meta.dirname, "../..");
/** Pinned so snapshots do not move: 2026-11-26T00:00:00Z. */
export const TIMESTAMP = 1_795_651_200;

/** Loads a plan the way `kamdeck build` does: with the defaults of the portfolio.yaml above it, if any. */
export async function loadPlan(given: string): Promise<Plan> {
  const file = resolve(given);
  const found = (await discoverPlans([file])).plans.find((p) => p.file === file);
  const r = await loadPlanFile(file, found ? { defaults: found.defaults, root: found.root } : {});
  if (!r.ok) throw new Error(`${file}: ${r.errors.map((e) => e.message).join("; ")}`);
  return r.plan;
}

export async function loadThemeOrThrow(name: string): Promise<{ theme: Theme; dir: string }> {
  const r = await loadTheme(name);
  if (!r.ok) throw new Error(`theme ${name}: ${r.errors.map((e) => e.message).join("; ")}`);
  return r;
}

export function composeFor(plan: Plan, file: string, audience: Audience): Deck {
  return composeDeck(toView(plan, audience, { planFile: file }), { timestamp: TIMESTAMP });
}

export async function layoutFile(file: string, audience: Audience, themeName = "default"): Promise<{ layout: DeckLayout; theme: Theme }> {
  const plan = await loadPlan(file);
  const { theme, dir } = await loadThemeOrThrow(themeName);
  return { layout: layoutDeck(composeFor(plan, file, audience), { theme, themeDir: dir }), theme };
}
