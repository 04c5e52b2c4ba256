// What a batch tells its caller: one report per plan and the totals. The CLI
// prints it; `--json` writes `BatchSummary` as is (documented in the README part).
import type { Shard } from "./shard.js";

export type PlanStatus = "built" | "skipped" | "failed";

export interface PlanReport {
  /** Plan file relative to the working directory, forward slashes. */
  plan: string;
  account?: string;
  status: PlanStatus;
  /** Output file names of this plan (built or unchanged), sorted. */
  files: string[];
  built: number;
  skipped: number;
  /** Wall time of the build phase for this plan; absent when nothing was built. */
  seconds?: number;
  /** One line each, `file:line:col  path  message` when the loader gave a position. */
  errors: string[];
  warnings: string[];
  reminder?: string;
}

export interface BatchSummary {
  ok: boolean;
  /** Folder of the outputs, as given. */
  out: string;
  manifest: string;
  shard?: Shard;
  /** Worker threads used; 0 when built in-process. */
  workers: number;
  counts: {
    plans: number;
    built: number;
    skipped: number;
    failed: number;
    filesWritten: number;
    filesUnchanged: number;
    warnings: number;
  };
  timing: {
    wallSeconds: number;
    filesPerSecond: number;
    /** CPU time of the whole process, all threads (seconds): steadier than wall time on a busy machine. */
    cpuSeconds: number;
    /** Median of the plans' build times (seconds); null when nothing was built. */
    medianPlanSeconds: number | null;
  };
  /** Peak resident memory of the whole process, workers included (threads share it). */
  memory: { maxRssBytes: number };
  plans: PlanReport[];
}

export interface BatchReporter {
  start(totalPlans: number): void;
  planDone(report: PlanReport): void;
  finish(): void;
}

export const silentReporter: BatchReporter = { start() {}, planDone() {}, finish() {} };

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
