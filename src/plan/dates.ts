// Calendar arithmetic on `YYYY-MM-DD` and `YYYY-Qn` strings. Dates stay strings
// end to end (no Date objects, no time zones): comparing ISO dates as strings is
// exact, and nothing can shift a due date by a day.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `YYYY-MM-DD` is not a real calendar date, or undefined when it is one. */
export function calendarProblem(date: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return "expected a date written YYYY-MM-DD";
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `\`${date}\` is not a real date: there is no month ${month}`;
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return `\`${date}\` is not a real date: ${MONTHS[month - 1]} ${year} has ${max} days`;
  return undefined;
}

/** The last day of a `YYYY-Qn` quarter, as `YYYY-MM-DD`. */
export function periodEnd(period: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m) throw new RangeError(`not a period: ${period}`);
  const month = Number(m[2]) * 3;
  const day = daysInMonth(Number(m[1]), month);
  return `${m[1]}-${String(month).padStart(2, "0")}-${day}`;
}

/** The current quarter of a date, as `YYYY-Qn` (for `kamdeck init`). */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
