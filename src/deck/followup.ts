// The follow-up rhythm: each touchpoint in words with its next three dates,
// counted from the next review or, without one, from the next quarter's start.
import type { FollowupSlide } from "./types.js";
import type { ViewFollowup } from "../view/types.js";
import type { DeckContext } from "./context.js";
import { addInterval, addMonths, nextDates, nextQuarterStart, parseInterval, type Interval } from "./dates.js";

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
  // The dates of a rhythm only grow, so the ones up to `end` are a prefix and the walk
  // can stop at the first date past it (a quarter's window holds ~4 of the 40 dates).
  // That needs the strings to sort as the dates do: four-digit years from 1000 (Date.UTC
  // reads years 0-99 as 1900-1999; toISOString writes +010000 past 9999). Elsewhere
  // every date is computed and filtered.
  if (interval.count < 1 || !sortsAsDate(anchor) || !sortsAsDate(addInterval(anchor, interval, max - 1))) {
    return nextDates(anchor, interval, max).filter((d) => d <= end);
  }
  const dates: string[] = [];
  for (let i = 0; i < max; i++) {
    const date = addInterval(anchor, interval, i);
    if (date > end) break;
    dates.push(date);
  }
  return dates;
}

/** A date whose string sorts as the date does among the others of its rhythm: year 1000 to 9999. */
function sortsAsDate(iso: string): boolean {
  return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(iso);
}
