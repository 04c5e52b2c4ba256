// The quarterly review: successes, obstacles, new opportunities, decisions needed.
import type { ReviewSlide } from "./types.js";
import type { ViewReview } from "../view/types.js";
import type { DeckContext } from "./context.js";

const KEYS = ["successes", "obstacles", "opportunities", "decisions"] as const;

export function composeReview(ctx: DeckContext, review: ViewReview): ReviewSlide {
  const l = ctx.labels.review;
  return {
    kind: "review",
    section: "review",
    title: `${l.title} ${ctx.info.periodLabel}`,
    subtitle: l.subtitle(review.decisions.length),
    panels: KEYS.map((key) => ({ key, heading: l.headings[key], items: [...review[key]] })),
  };
}
