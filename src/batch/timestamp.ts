// Outputs carry a timestamp (PDF CreationDate, zip entries, core.xml). Taking it
// from the clock would make every rebuild differ, so it comes from
// SOURCE_DATE_EPOCH (reproducible-builds.org) or from the plan's own period.
import { BatchUsageError } from "./errors.js";
import { periodEnd } from "../plan/dates.js";

/** Seconds since the epoch of the last day of a `YYYY-Qn` period, 00:00 UTC. */
export function periodTimestamp(period: string): number {
  return Date.parse(`${periodEnd(period)}T00:00:00Z`) / 1000;
}

/** Parses SOURCE_DATE_EPOCH; undefined when unset or empty. */
export function parseSourceDateEpoch(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  if (!/^\d+$/.test(value.trim())) {
    throw new BatchUsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got "${value}"`);
  }
  return Number(value.trim());
}
