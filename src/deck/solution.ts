// How our offer supports one objective: support, usage gap, offers with ROI, advice.
import type { SolutionSlide } from "./types.js";
import type { ViewOffer, ViewSolution } from "../view/types.js";
import type { DeckContext } from "./context.js";
import { roi } from "./metrics.js";

function offerRow(ctx: DeckContext, offer: ViewOffer): string[] {
  const { fmt } = ctx;
  const r = roi(offer);
  return [
    // The description goes under the name, on its own line, so the table stays four columns wide.
    offer.description ? `${offer.name}\n${offer.description}` : offer.name,
    offer.investment === undefined ? "" : fmt.compactAmount(offer.investment),
    offer.expected_return === undefined ? "" : fmt.compactAmount(offer.expected_return),
    r === undefined ? "" : fmt.percent(r),
  ];
}

/** The offer with the best ROI carries the takeaway: it is the one the client should act on first. */
function bestOffer(offers: ViewOffer[]): ViewOffer | undefined {
  let best: ViewOffer | undefined;
  for (const o of offers) if (roi(o) !== undefined && (best === undefined || roi(o)! > roi(best)!)) best = o;
  return best;
}

export function composeSolution(ctx: DeckContext, solution: ViewSolution): SolutionSlide {
  const { labels, fmt, view } = ctx;
  const l = labels.solution;
  const objective = view.objectives.find((o) => o.id === solution.objective);
  const slide: SolutionSlide = {
    kind: "solution",
    section: "solution",
    title: labels.sections.solution,
    objectiveTitle: objective?.title ?? solution.objective,
    support: solution.support,
    offers: {
      columns: [l.columns.offer, l.columns.investment, l.columns.expectedReturn, l.columns.roi],
      rows: solution.offers.map((o) => offerRow(ctx, o)),
    },
    advice: [...solution.advice],
    labels: { support: l.support, usage: l.usage, offers: l.offers, advice: l.advice },
  };
  if (solution.usage !== undefined) slide.usage = solution.usage;
  const best = bestOffer(solution.offers);
  if (best) slide.subtitle = l.subtitle({ roi: fmt.percent(roi(best)!), investment: fmt.compactAmount(best.investment!) });
  return slide;
}
