// Follow-up: the contact rhythm (the method's default when the plan gives none)
// and the quarterly review.
import type { Followup, Review } from "../plan/schema.js";
import type { Audience, ViewFollowup, ViewReview } from "./types.js";
import { isVisible, visibleTexts } from "./visibility.js";

type Cadence = ViewFollowup["cadence"];

/** The method's rhythm: an e-mail every two weeks, a 30-minute call every month, a one-hour review every quarter. */
export function defaultCadence(): Cadence {
  return [
    { kind: "email", every: "2 weeks" },
    { kind: "call", every: "1 month", duration: 30 },
    { kind: "review", every: "1 quarter", duration: 60 },
  ];
}

function viewCadence(cadence: Followup["cadence"], audience: Audience): Cadence {
  if (cadence === undefined) return defaultCadence();
  return cadence
    .filter((t) => isVisible(t, audience))
    .map((t) => {
      const out: Cadence[number] = { kind: t.kind, every: t.every };
      if (t.duration !== undefined) out.duration = t.duration;
      if (t.label !== undefined) out.label = t.label;
      return out;
    });
}

function viewReview(review: Review | undefined, audience: Audience): ViewReview | undefined {
  if (!review || !isVisible(review, audience)) return undefined;
  const out: ViewReview = {
    successes: visibleTexts(review.successes, audience),
    obstacles: visibleTexts(review.obstacles, audience),
    opportunities: visibleTexts(review.opportunities, audience),
    decisions: visibleTexts(review.decisions, audience),
  };
  const empty = Object.values(out).every((items) => items.length === 0);
  return empty ? undefined : out;
}

/** Undefined when the plan has no follow-up block or the audience may not see it. */
export function viewFollowup(followup: Followup | undefined, audience: Audience): ViewFollowup | undefined {
  if (!followup || !isVisible(followup, audience)) return undefined;
  const out: ViewFollowup = { cadence: viewCadence(followup.cadence, audience) };
  if (followup.next_review !== undefined) out.next_review = followup.next_review;
  const review = viewReview(followup.review, audience);
  if (review) out.review = review;
  return out;
}
