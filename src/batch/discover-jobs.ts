// Paths on the command line -> one job per plan, with its portfolio's defaults.
import { formatDiagnostic } from "../plan/diagnostic.js";
import { discoverPlans } from "../plan/portfolio.js";
import type { BatchOptions, PlanJob } from "./types.js";

export interface JobDiscovery {
  /** Sorted by plan path. */
  jobs: PlanJob[];
  /** One line each: bad portfolio.yaml files, missing paths, folders without plans. */
  errors: string[];
}

export async function discoverJobs(paths: string[], options: BatchOptions, debug = false): Promise<JobDiscovery> {
  const d = await discoverPlans(paths);
  const jobs = d.plans.map((p): PlanJob => ({
    file: p.file,
    root: p.root,
    ...(p.portfolio ? { portfolioFile: p.portfolio.file } : {}),
    defaults: p.defaults,
    options,
    ...(debug ? { debug } : {}),
  }));
  const errors = [
    ...d.errors.map(formatDiagnostic),
    ...d.missing.map((m) => `${m}: no such file or folder`),
    ...d.empty.map((e) => `${e}: no plan in this folder (a plan is a .yaml/.yml file whose top level has plan: 1)`),
  ];
  return { jobs, errors };
}
