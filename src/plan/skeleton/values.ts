// What `kamdeck init` fills into a skeleton: the account name (already a safe
// YAML scalar), the current quarter and dates at the end of it.
import { periodEnd, quarterOf } from "../dates.js";

export interface SkeletonValues {
  /** A YAML scalar: plain when safe, double-quoted otherwise. */
  account: string;
  /** The name as shown in the first comment (no line breaks). */
  accountComment: string;
  period: string;
  year: number;
  /** A date at the end of `period`, so the skeleton has no overdue action. */
  due: string;
  currency: string;
  fileName: string;
}

/** Plain when YAML would read it back unchanged as text, double-quoted (JSON) otherwise. */
export function yamlScalar(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .&'()/-]*$/u.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) && !/^[\d.]+$/.test(text)
    ? text
    : JSON.stringify(text);
}

export function skeletonValues(opts: { account: string; today: Date; language: "fr" | "en"; fileName: string }): SkeletonValues {
  const period = quarterOf(opts.today);
  return {
    account: yamlScalar(opts.account),
    accountComment: opts.account.replace(/[\r\n]+/g, " "),
    period,
    year: opts.today.getUTCFullYear(),
    due: periodEnd(period),
    currency: "EUR",
    fileName: opts.fileName,
  };
}
