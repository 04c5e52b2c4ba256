// SWOT: the four quadrants in their fixed places (S, W, O, T) and, when the
// plan gives one, the grid by factor as its own slide.
import type { SwotGridSlide, SwotSlide } from "./types.js";
import type { ViewSwot } from "../view/types.js";
import type { DeckContext } from "./context.js";

const KEYS = ["strengths", "weaknesses", "opportunities", "threats"] as const;

export function hasSwotLists(swot: ViewSwot): boolean {
  return KEYS.some((k) => swot[k].length > 0);
}

export function composeSwot(ctx: DeckContext, swot: ViewSwot): SwotSlide {
  const l = ctx.labels.swot;
  return {
    kind: "swot",
    section: "swot",
    title: l.title,
    subtitle: l.subtitle({
      strengths: swot.strengths.length,
      weaknesses: swot.weaknesses.length,
      opportunities: swot.opportunities.length,
      threats: swot.threats.length,
    }),
    quadrants: KEYS.map((key) => ({ key, heading: l.headings[key], items: [...swot[key]] })),
  };
}

export function composeSwotGrid(ctx: DeckContext, swot: ViewSwot): SwotGridSlide {
  const l = ctx.labels.swot;
  return {
    kind: "swot-grid",
    section: "swot",
    title: l.gridTitle,
    subtitle: l.gridSubtitle(swot.grid.length),
    columns: [l.factor, ...KEYS.map((k) => l.headings[k])],
    rows: swot.grid.map((r) => [r.factor, ...KEYS.map((k) => r[k] ?? "")]),
  };
}
