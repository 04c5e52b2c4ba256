// The follow-up rhythm: each touchpoint in words with its next three dates,
// counted from the next review or, without one, from the next quarter's start.
import type { FollowupSlide } from "./types.js";
import type { ViewFollowup } from "../view/types.js";
import type { DeckContext } from "./context.js";
import { addMonths, nextDates, nextQuarterStart, parseInterval, type Interval } from "./dates.js";

export function composeFollowup(ctx: DeckContext, followup: ViewFollowup): FollowupSlide {
  const { labels, fmt, view } = ctx;
  const l = labels.followup;
  const anchor = followup.next_review ?? nextQuarterStart(view.period);
  // The timeline shows the three months from the anchor, ends included, so a
  // quarterly review appears at both ends and monthly calls three times.
  const window = { start: anchor, end: addMonths(anchor, 3) };
  const slide: FollowupSlide = {
    kind: "followup",
    section: "followup",
    title: l.title,
    touchpoints: followup.cadence.map((t) => {
      const interval = parseInterval(t.every);
      const out: FollowupSlide["touchpoints"][number] = {
        label: t.label ?? l.kinds[t.kind],
        rhythm: l.every(interval.count, interval.unit),
        nextDates: nextDates(anchor, interval, 3).map(fmt.date),
        dates: datesWithin(anchor, interval, window.end),
      };
      if (t.duration !== undefined) out.duration = l.duration(t.duration);
      return out;
    }),
    window,
    labels: { nextReview: l.nextReview, rhythm: l.rhythm, nextDates: l.nextDates },
  };
  if (followup.next_review) {
    slide.nextReviewDate = followup.next_review;
    slide.nextReview = fmt.date(followup.next_review);
    slide.subtitle = l.subtitle(slide.nextReview);
  }
  return slide;
}

/** Every date of the rhythm from `anchor` up to `end` (ISO strings compare as dates); capped so a daily rhythm stays drawable. */
export function datesWithin(anchor: string, interval: Interval, end: string, max = 40): string[] {
  return nextDates(anchor, interval, max).filter((d) => d <= end);
}
