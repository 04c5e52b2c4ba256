#!/usr/bin/env node
// npm run bench [-- --accounts N] [-- --runs R] [-- --jobs J] [-- --cpu-prof] [-- --keep]
// Generates a synthetic portfolio, builds it with the compiled CLI (dist/) in
// one process, then one plan alone, R times each (default 3: one run on a
// shared machine moves by 10 to 20 %), and prints the medians of files/s, wall
// time, CPU time and per-plan build time, and the highest peak memory, against
// the targets.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { generatePortfolio } from "./bench/generate-portfolio.mjs";
import { runCli } from "./bench/measure.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    accounts: { type: "string", default: "500" },
    runs: { type: "string", default: "3" },
    jobs: { type: "string" },
    seed: { type: "string", default: "20261231" },
    "cpu-prof": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const accounts = Number(values.accounts);
// A CPU profile is of one run.
const runs = values["cpu-prof"] ? 1 : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("--runs expects a positive whole number");
  process.exit(2);
}
if (!Number.isInteger(accounts) || accounts < 1) {
  console.error("--accounts expects a positive whole number");
  process.exit(2);
}
if (!existsSync(path.join(root, "dist/cli/main.js"))) {
  console.error("dist/ is missing: run `npm run build` first");
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), "kamdeck-bench-"));
const portfolio = path.join(work, "portfolio");
const files = generatePortfolio(portfolio, { count: accounts, seed: Number(values.seed) });
const env = { ...process.env, CI: "1" };
delete env.SOURCE_DATE_EPOCH;
const bin = path.join(root, "bin/kamdeck.js");
const prof = values["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", path.join(work, "profiles")] : [];
const jobs = values.jobs ? ["-j", values.jobs] : [];

const mib = (b) => (b / 1024 / 1024).toFixed(0);
const fmt = (label, value, target) => console.log(`${label.padEnd(28)} ${value.padEnd(14)} ${target ?? ""}`);

console.log(`kamdeck bench: ${accounts} accounts, ${runs} run(s), ${os.availableParallelism()} CPUs, node ${process.version}, portfolio in ${portfolio}`);
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const batches = [];
const singles = [];
for (let run = 1; run <= runs; run++) {
  const out = path.join(work, `out-${run}`);
  const batch = await runCli(process.execPath, [...prof, bin, "build", portfolio, "-o", out, "--force", "--json", ...jobs], { cwd: work, env });
  if (!batch.summary) {
    console.error(`the batch printed no JSON summary (exit ${batch.code}):\n${batch.stderr}`);
    process.exit(1);
  }
  const single = await runCli(process.execPath, [bin, "build", files[0], "-o", path.join(work, `single-${run}`), "--force", "--json"], { cwd: work, env });
  batches.push(batch);
  singles.push(single);
  const written = batch.summary.counts.filesWritten;
  if (runs > 1) {
    console.log(`run ${run}: ${batch.wallSeconds.toFixed(2)} s, ${(written / batch.wallSeconds).toFixed(1)} files/s, ${batch.summary.timing.cpuSeconds.toFixed(2)} s CPU, ${mib(batch.peakBytes)} MiB, one plan ${single.wallSeconds.toFixed(2)} s`);
  }
  if (!values.keep && !values["cpu-prof"]) rmSync(out, { recursive: true, force: true });
}
const s = batches[0].summary;
const written = s.counts.filesWritten;
const wall = median(batches.map((b) => b.wallSeconds));
const of = (label) => (runs > 1 ? `${label} of ${runs} runs` : "");
const planMedians = batches.map((b) => b.summary.timing.medianPlanSeconds).filter((x) => x !== null);

fmt("plans built / failed", `${s.counts.built} / ${s.counts.failed}`);
fmt("files written", String(written), `(target ${accounts * 4})`);
fmt("workers", String(s.workers));
fmt("batch wall time (process)", `${wall.toFixed(2)} s`, `${accounts === 500 ? "(target <= 20 s on 2 cores) " : ""}${of("median")}`);
fmt("files per second", (written / wall).toFixed(1), `(target >= 100) ${of("median")}`);
fmt("batch CPU time (all threads)", `${median(batches.map((b) => b.summary.timing.cpuSeconds)).toFixed(2)} s`, `(steadier than wall time on a busy machine) ${of("median")}`);
fmt("median plan build (4 files)", planMedians.length ? `${median(planMedians).toFixed(3)} s` : "n/a", of("median"));
fmt("peak memory (RSS)", `${mib(Math.max(...batches.map((b) => b.peakBytes)))} MiB`, `(target < 400 MiB) ${of("highest")}`);
fmt("one plan, 4 files (process)", `${median(singles.map((x) => x.wallSeconds)).toFixed(2)} s`, `(target < 1 s) ${of("median")}`);
const failedRun = batches.find((b) => b.summary.counts.failed);
if (failedRun) {
  const first = failedRun.summary.plans.find((p) => p.status === "failed");
  console.log(`first failure: ${first.errors[0]}`);
}
if (values["cpu-prof"]) console.log(`CPU profiles in ${path.join(work, "profiles")} (open in Chrome DevTools)`);
if (!values.keep && !values["cpu-prof"]) rmSync(work, { recursive: true, force: true });
