// `kamdeck init`'s commented plan skeleton, in French or English.
import { skeletonEn } from "./en.js";
import { skeletonFr } from "./fr.js";
import { skeletonValues } from "./values.js";

export interface SkeletonOptions {
  language: "fr" | "en";
  account?: string;
  /** Today, injected so tests are deterministic. */
  today: Date;
  /** How the file is named in the "check it with" comment. */
  fileName: string;
}

export function planSkeleton(opts: SkeletonOptions): string {
  const account = opts.account?.trim() || (opts.language === "fr" ? "Nom du client" : "Client name");
  const values = skeletonValues({ account, today: opts.today, language: opts.language, fileName: opts.fileName });
  return opts.language === "fr" ? skeletonFr(values) : skeletonEn(values);
}
