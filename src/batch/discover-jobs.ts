// Paths on the command line -> one job per plan, with its portfolio's defaults.
import path from "node:path";
import { formatDiagnostic } from "../plan/diagnostic.js";
import { discoverPlans } from "../plan/portfolio.js";
import type { BatchOptions, PlanJob } from "./types.js";

export interface JobDiscovery {
  /** Sorted by plan path. */
  jobs: PlanJob[];
  /** One line each: bad portfolio.yaml files, missing paths, folders without plans. */
  errors: string[];
}

/** Relative to portfolio.yaml's folder, else to the deepest folder given that holds the plan. */
function portfolioPath(file: string, portfolioRoot: string | undefined, givenFolders: string[]): string {
  const holders = givenFolders.filter((dir) => file.startsWith(dir + path.sep)).sort((a, b) => b.length - a.length);
  const base = portfolioRoot ?? holders[0] ?? path.dirname(file);
  return path.relative(base, file).split(path.sep).join("/");
}

export async function discoverJobs(paths: string[], options: BatchOptions, debug = false): Promise<JobDiscovery> {
  const d = await discoverPlans(paths);
  const given = paths.map((p) => path.resolve(p));
  const jobs = d.plans.map((p): PlanJob => ({
    file: p.file,
    root: p.root,
    portfolioPath: portfolioPath(p.file, p.portfolio?.root, given),
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
