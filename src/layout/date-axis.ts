// Calendar arithmetic for the follow-up timeline: ISO dates to day numbers and
// back, the quarter after a period, month ticks. All in UTC, so a date never
// shifts by a time zone.
import { withFields } from "./with-fields.js";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The quarter after `YYYY-Qn`, as first and last day (YYYY-MM-DD). */
export function nextQuarter(period: string): { start: string; end: string } {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  const year = m ? Number(m[1]) : 1970;
  const q = m ? Number(m[2]) : 1;
  const [y, n] = q === 4 ? [year + 1, 1] : [year, q + 1];
  const start = Date.UTC(y, (n - 1) * 3, 1) / DAY_MS;
  const end = Date.UTC(y, n * 3, 1) / DAY_MS - 1;
  return { start: isoOf(start), end: isoOf(end) };
}

/** Day numbers of the first day of every month that starts inside [start, end]. */
export function monthStarts(start: number, end: number): number[] {
  const d = new Date(start * DAY_MS);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  if (d.getUTCDate() !== 1) m += 1;
  const out: number[] = [];
  for (;;) {
    const day = Date.UTC(y, m, 1) / DAY_MS;
    if (day > end) return out;
    out.push(day);
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDay(day: number, locale: string, opts: Intl.DateTimeFormatOptions): string {
  // Building a DateTimeFormat costs far more than formatting with it: one per locale and options.
  const key = `${locale}|${JSON.stringify(opts)}`;
  let format = dayFormats.get(key);
  if (!format) dayFormats.set(key, (format = new Intl.DateTimeFormat(locale, withFields(opts, { timeZone: "UTC" }))));
  return format.format(new Date(day * DAY_MS));
}
