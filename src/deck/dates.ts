// Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone can shift
// a day. Months clamp to their last day (Jan 31 + 1 month = Feb 28), always
// counted from the anchor so a series never drifts (Jan 31, Feb 28, Mar 31).
import { periodEnd } from "../plan/dates.js";

export type IntervalUnit = "day" | "week" | "month" | "quarter" | "year";
export interface Interval {
  count: number;
  unit: IntervalUnit;
}

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** `date.toISOString().slice(0, 10)`, written out: toISOString builds the whole timestamp only for us to cut it. */
function toIso(date: Date): string {
  const year = date.getUTCFullYear();
  // Outside 0000-9999 (or an invalid date) toISOString has its own form (+010000-01-01) or throws: leave those to it.
  if (!(year >= 0 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${String(year).padStart(4, "0")}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(d, daysInMonth(year, monthIndex));
  return toIso(new Date(Date.UTC(year, monthIndex, day)));
}

/** `2 weeks` -> {count: 2, unit: "week"}; the schema already checked the shape. */
export function parseInterval(every: string): Interval {
  const [count, unit] = every.trim().split(/\s+/);
  return { count: Number(count), unit: unit.replace(/s$/, "") as IntervalUnit };
}

export function addInterval(iso: string, interval: Interval, times = 1): string {
  const n = interval.count * times;
  switch (interval.unit) {
    case "day":
      return addDays(iso, n);
    case "week":
      return addDays(iso, 7 * n);
    case "month":
      return addMonths(iso, n);
    case "quarter":
      return addMonths(iso, 3 * n);
    case "year":
      return addMonths(iso, 12 * n);
  }
}

/** The first `count` dates of a rhythm starting on `anchor` (included). */
export function nextDates(anchor: string, interval: Interval, count = 3): string[] {
  return Array.from({ length: count }, (_, i) => addInterval(anchor, interval, i));
}

// One definition of a quarter's last day for every stage: the plan's warnings,
// the deck's overdue counts and its follow-up rhythm must agree on it.
export { periodEnd };

/** `2026-Q4` -> `2027-01-01`: where the next quarter's rhythm starts. */
export function nextQuarterStart(period: string): string {
  return addDays(periodEnd(period), 1);
}
