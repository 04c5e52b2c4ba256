// addDays/addMonths write their dates out by hand: datesWithin must still give
// exactly what computing every date with toISOString and filtering gave, down to
// the odd years where ISO strings stop sorting as dates (before 1000, after 9999).
import { describe, expect, it } from "vitest";
import { addDays, addInterval, addMonths, nextDates, parseInterval, type Interval } from "../../src/deck/dates.js";
import { datesWithin } from "../../src/deck/followup.js";

/** The definition datesWithin had: all `max` dates, then filtered. */
function datesWithinByFilter(anchor: string, interval: Interval, end: string, max = 40): string[] {
  return nextDates(anchor, interval, max).filter((d) => d <= end);
}

const anchors = ["2026-01-31", "2027-01-01", "2028-02-29", "2026-11-30", "1000-01-01", "0999-12-15", "0099-11-30", "0050-06-15", "0000-01-01", "9990-03-31", "9999-11-01", "9999-12-31"];
const intervals = ["1 day", "3 days", "1 week", "2 weeks", "1 month", "2 months", "1 quarter", "1 year", "30 years", "400 years"].map(parseInterval);

describe("datesWithin", () => {
  it.each(anchors)("from %s equals computing every date and filtering", (anchor) => {
    for (const interval of intervals) {
      for (const end of [addMonths(anchor, 3), addDays(anchor, 0), addMonths(anchor, 240), "9999-12-31", "0000-01-01", "+010000-01-01"]) {
        expect(datesWithin(anchor, interval, end), `${anchor} every ${interval.count} ${interval.unit} to ${end}`).toEqual(datesWithinByFilter(anchor, interval, end));
      }
    }
  });
});

describe("date strings", () => {
  it("are toISOString's day, including years below 1000 and past 9999", () => {
    for (const anchor of anchors) {
      for (const n of [0, 1, 29, 365, 3660]) {
        const [y, m, d] = anchor.split("-").map(Number);
        const date = new Date(Date.UTC(y, m - 1, d));
        date.setUTCDate(date.getUTCDate() + n);
        expect(addDays(anchor, n)).toBe(date.toISOString().slice(0, 10));
      }
    }
    expect(addMonths("9999-12-31", 1)).toBe(new Date(Date.UTC(10000, 0, 31)).toISOString().slice(0, 10));
    expect(addInterval("0099-12-01", parseInterval("1 month"))).toBe(new Date(Date.UTC(100, 0, 1)).toISOString().slice(0, 10));
  });
});
