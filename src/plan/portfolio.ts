// Portfolio discovery: which files are account plans, and which defaults each
// inherits. A folder means every *.yaml / *.yml below it (sorted, skipping
// node_modules and dot folders) whose top level has a `plan:` key; the nearest
// portfolio.yaml at or above a plan gives its defaults and its root. A bad file
// is an error for that file only: the others are still returned.
import { readdir, stat } from "node:fs/promises";
import type { Dirent } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "./diagnostic.js";
import { fileDiagnostic } from "./diagnostic.js";
import { PortfolioDefaults } from "./schema.js";
import { loadYamlDocument } from "./load-yaml.js";
import { readYamlFile } from "./read-file.js";
import { looksLikePlan } from "./plan-sniff.js";

export const PORTFOLIO_FILE = "portfolio.yaml";

export interface Portfolio {
  /** Absolute folder holding portfolio.yaml. */
  root: string;
  /** Absolute path of portfolio.yaml. */
  file: string;
  defaults: PortfolioDefaults;
  /** The raw bytes, for incremental-build hashing. */
  bytes: Uint8Array;
}

export interface DiscoveredPlan {
  /** Absolute path of the plan file. */
  file: string;
  /** The portfolio root, or the plan's own folder when it has no portfolio. */
  root: string;
  /** Defaults to pass to loadPlanFile (empty without a portfolio). */
  defaults: PortfolioDefaults;
  portfolio?: Portfolio;
}

export interface Discovery {
  /** Sorted by path, without duplicates. */
  plans: DiscoveredPlan[];
  /** Errors of portfolio.yaml files (their plans are still listed, without defaults). */
  errors: Diagnostic[];
  /** Paths given that do not exist. */
  missing: string[];
  /** Folders given that hold no plan. */
  empty: string[];
}

/** Symlinked plan files are followed; symlinked folders are not (no loops). */
async function isFileOrLinkToFile(entry: Dirent, full: string): Promise<boolean> {
  if (entry.isFile()) return true;
  return entry.isSymbolicLink() && (await stat(full).then((s) => s.isFile(), () => false));
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && entry.name !== "node_modules") await walk(full, out);
    } else if (/\.ya?ml$/i.test(entry.name) && entry.name !== PORTFOLIO_FILE && (await isFileOrLinkToFile(entry, full))) out.push(full);
  }
}

/** Loads portfolio.yaml files once each, keyed by folder. */
class PortfolioCache {
  private readonly byDir = new Map<string, Promise<Portfolio | undefined>>();
  readonly errors: Diagnostic[] = [];

  /** The nearest portfolio at or above `dir` (a plan in a sub-folder still inherits). */
  async nearest(dir: string): Promise<Portfolio | undefined> {
    for (let d = dir; ; d = path.dirname(d)) {
      const found = await this.at(d);
      if (found || path.dirname(d) === d) return found;
    }
  }

  private at(dir: string): Promise<Portfolio | undefined> {
    let pending = this.byDir.get(dir);
    if (!pending) {
      pending = this.load(dir);
      this.byDir.set(dir, pending);
    }
    return pending;
  }

  private async load(dir: string): Promise<Portfolio | undefined> {
    const file = path.join(dir, PORTFOLIO_FILE);
    const exists = await stat(file).then((s) => s.isFile(), () => false);
    if (!exists) return undefined;
    const read = await readYamlFile(file);
    if (!read.ok) {
      this.errors.push(...read.errors);
      return undefined;
    }
    const loaded = loadYamlDocument(read.bytes, file, PortfolioDefaults);
    if (!loaded.ok) {
      this.errors.push(...loaded.errors);
      return undefined;
    }
    return { root: dir, file, defaults: loaded.value, bytes: read.bytes };
  }
}

function toPlan(file: string, portfolio: Portfolio | undefined): DiscoveredPlan {
  const plan: DiscoveredPlan = { file, root: portfolio?.root ?? path.dirname(file), defaults: portfolio?.defaults ?? {} };
  if (portfolio) plan.portfolio = portfolio;
  return plan;
}

/** Finds the plans named by files and folders, with the defaults each inherits. */
export async function discoverPlans(paths: string[]): Promise<Discovery> {
  const cache = new PortfolioCache();
  const found = new Map<string, DiscoveredPlan>();
  const missing: string[] = [];
  const empty: string[] = [];
  for (const given of paths) {
    const abs = path.resolve(given);
    const info = await stat(abs).catch(() => undefined);
    if (!info) {
      missing.push(given);
    } else if (info.isDirectory()) {
      const files: string[] = [];
      await walk(abs, files).catch(() => cache.errors.push(fileDiagnostic(given, "cannot read this folder")));
      const plans = (await Promise.all(files.map(async (f) => ((await looksLikePlan(f)) ? f : undefined)))).filter((f): f is string => !!f);
      if (plans.length === 0) empty.push(given);
      for (const file of plans) found.set(file, toPlan(file, await cache.nearest(path.dirname(file))));
    } else if (path.basename(abs) === PORTFOLIO_FILE) {
      // Named directly, portfolio.yaml is validated for its errors; it is not a plan.
      await cache.nearest(path.dirname(abs));
    } else {
      found.set(abs, toPlan(abs, await cache.nearest(path.dirname(abs))));
    }
  }
  const plans = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { plans, errors: cache.errors, missing, empty };
}
