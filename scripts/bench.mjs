#!/usr/bin/env node
// npm run bench [-- --accounts N] [-- --jobs J] [-- --cpu-prof] [-- --keep]
// Generates a synthetic portfolio, builds it with the compiled CLI (dist/) in
// one process, then one plan alone, and prints files/s, wall time, the median
// per-plan build time and peak memory against the targets.
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
    jobs: { type: "string" },
    seed: { type: "string", default: "20261231" },
    "cpu-prof": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const accounts = Number(values.accounts);
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

console.log(`kamdeck bench: ${accounts} accounts, ${os.availableParallelism()} CPUs, node ${process.version}, portfolio in ${portfolio}`);
const batch = await runCli(process.execPath, [...prof, bin, "build", portfolio, "-o", path.join(work, "out"), "--force", "--json", ...jobs], { cwd: work, env });
if (!batch.summary) {
  console.error(`the batch printed no JSON summary (exit ${batch.code}):\n${batch.stderr}`);
  process.exit(1);
}
const s = batch.summary;
const written = s.counts.filesWritten;
const single = await runCli(process.execPath, [bin, "build", files[0], "-o", path.join(work, "single"), "--force", "--json"], { cwd: work, env });

fmt("plans built / failed", `${s.counts.built} / ${s.counts.failed}`);
fmt("files written", String(written), `(target ${accounts * 4})`);
fmt("workers", String(s.workers));
fmt("batch wall time (process)", `${batch.wallSeconds.toFixed(2)} s`, accounts === 500 ? "(target <= 20 s on 2 cores)" : "");
fmt("files per second", (written / batch.wallSeconds).toFixed(1), "(target >= 100)");
fmt("batch CPU time (all threads)", `${s.timing.cpuSeconds.toFixed(2)} s`, "(steadier than wall time on a busy machine)");
fmt("median plan build (4 files)", s.timing.medianPlanSeconds === null ? "n/a" : `${s.timing.medianPlanSeconds.toFixed(3)} s`);
fmt("peak memory (RSS)", `${mib(batch.peakBytes)} MiB`, "(target < 400 MiB)");
fmt("one plan, 4 files (process)", `${single.wallSeconds.toFixed(2)} s`, "(target < 1 s)");
if (s.counts.failed) {
  const first = s.plans.find((p) => p.status === "failed");
  console.log(`first failure: ${first.errors[0]}`);
}
if (values["cpu-prof"]) console.log(`CPU profiles in ${path.join(work, "profiles")} (open in Chrome DevTools)`);
if (!values.keep && !values["cpu-prof"]) rmSync(work, { recursive: true, force: true });
