// Tiny portfolios of fake plans (see fixtures/fake-pipeline.mjs) in temp folders.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BatchOptions, PlanJob } from "../../../src/batch/types.js";

export const defaultOptions: BatchOptions = { formats: ["pptx", "pdf"], audiences: ["internal", "client"], dumpLayout: false };

export function makePortfolio(plans: Record<string, Record<string, string>>): { root: string; out: string; files: string[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), "kamdeck-batch-"));
  const files = Object.entries(plans).map(([name, fields]) => {
    const file = path.join(root, "plans", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("\n") + "\n");
    return file;
  });
  return { root, out: path.join(root, "out"), files };
}

export function jobsFor(p: { root: string; files: string[] }, options: BatchOptions = defaultOptions): PlanJob[] {
  const root = path.join(p.root, "plans");
  return p.files.map((file) => ({ file, root, portfolioPath: path.relative(root, file), options }));
}
