// The portfolio runner: scan every plan, refuse name collisions, skip what is
// unchanged, build the rest on the executor, write the manifest last.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { cleanTempLeftovers, prepareOutputFolder } from "./atomic-write.js";
import type { Executor } from "./executor.js";
import { createManifest, manifestFileName, readManifestIfAny, writeManifest, type ManifestEntry } from "./manifest.js";
import { displayPath, findCollisions, outputStem, portablePath } from "./output-names.js";
import { planOutputs, unchangedEntry, type PlannedOutput } from "./plan-outputs.js";
import { median, type BatchReporter, type BatchSummary, type PlanReport } from "./report.js";
import type { Shard } from "./shard.js";
import { accountSlug } from "./slug.js";
import type { ScanOutcome } from "./tasks.js";
import { periodTimestamp } from "./timestamp.js";
import type { PlanJob } from "./types.js";

export interface RunBatchOptions {
  jobs: PlanJob[];
  /** Output folder as the user wrote it; resolved against cwd. */
  outDir: string;
  cwd: string;
  force: boolean;
  shard?: Shard;
  executor: Executor;
  reporter: BatchReporter;
}

interface ScannedPlan {
  job: PlanJob;
  rel: string;
  scan: ScanOutcome;
}

function failed(s: ScannedPlan, errors: string[]): PlanReport {
  const account = s.scan.ok ? s.scan.account : undefined;
  // Every error line names its plan, whoever produced it.
  const named = errors.map((e) => (e.startsWith(s.rel) ? e : `${s.rel}: ${e}`));
  return { plan: s.rel, account, status: "failed", files: [], built: 0, skipped: 0, errors: named, warnings: s.scan.warnings };
}

async function buildPlan(s: ScannedPlan & { scan: ScanOutcome & { ok: true } }, o: RunBatchOptions & { absOut: string },
  previous: Map<string, ManifestEntry>, entries: ManifestEntry[]): Promise<PlanReport> {
  const { job, scan } = s;
  const timestamp = job.options.sourceDateEpoch ?? periodTimestamp(scan.period);
  const slug = accountSlug(scan.account, job.file);
  const outputs = planOutputs({ slug, period: scan.period, planHash: scan.planHash!, timestamp, outDir: o.absOut, options: job.options });
  const entry = (out: PlannedOutput, size: number, sha256: string): ManifestEntry => ({
    file: out.file, plan: s.rel, account: scan.account, period: scan.period,
    audience: out.audience, format: out.kind, size, sha256, inputHash: out.inputHash,
  });
  const kept: ManifestEntry[] = [];
  const todo: PlannedOutput[] = [];
  for (const out of outputs) {
    const prev = o.force ? undefined : await unchangedEntry(out, previous);
    if (prev) kept.push(entry(out, prev.size, prev.sha256));
    else todo.push(out);
  }
  const base = { plan: s.rel, account: scan.account, files: outputs.map((x) => x.file).sort(), warnings: scan.warnings, reminder: scan.reminder };
  if (todo.length === 0) {
    entries.push(...kept);
    return { ...base, status: "skipped", built: 0, skipped: kept.length, errors: [] };
  }
  const result = await o.executor.build({ job, timestamp, requests: todo });
  if (!result.ok) {
    return { ...base, files: [], status: "failed", built: 0, skipped: 0, seconds: result.seconds, errors: [result.error.startsWith(s.rel) ? result.error : `${s.rel}: ${result.error}`] };
  }
  const byPath = new Map(todo.map((t) => [t.path, t]));
  entries.push(...kept, ...result.files.map((f) => entry(byPath.get(f.path)!, f.size, f.sha256)));
  return { ...base, status: "built", built: result.files.length, skipped: kept.length, seconds: result.seconds, errors: [] };
}

export async function runBatch(o: RunBatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const absOut = path.resolve(o.cwd, o.outDir);
  await prepareOutputFolder(absOut, o.outDir);
  await cleanTempLeftovers(absOut);
  const manifestPath = path.join(absOut, manifestFileName(o.shard));
  const previousManifest = o.force ? undefined : await readManifestIfAny(manifestPath);
  const previous = new Map((previousManifest?.outputs ?? []).map((e) => [e.file, e]));
  o.reporter.start(o.jobs.length);

  const reports: PlanReport[] = [];
  const done = (r: PlanReport) => { reports.push(r); o.reporter.planDone(r); };
  const scanned: ScannedPlan[] = await Promise.all(
    o.jobs.map(async (job) => {
      const s = { job, rel: portablePath(job.file, o.cwd), scan: await o.executor.scan(job) };
      // A plan that does not load is reported at once, not after the whole scan.
      if (!s.scan.ok) done(failed(s, s.scan.errors));
      return s;
    }),
  );
  const good = scanned.filter((s): s is ScannedPlan & { scan: ScanOutcome & { ok: true } } => s.scan.ok);

  const stems = good.map((s) => ({ file: s.rel, stem: outputStem(accountSlug(s.scan.account, s.job.file), s.scan.period) }));
  const collisions = findCollisions(stems);
  const entries: ManifestEntry[] = [];
  await Promise.all(good.map(async (s, i) => {
    const others = collisions.get(s.rel);
    if (others) {
      done(failed(s, [`${s.rel}: its outputs ${stems[i].stem}-* would overwrite those of ${others.join(", ")}: give the accounts distinct names or periods`]));
      return;
    }
    done(await buildPlan(s, { ...o, absOut }, previous, entries));
  }));

  await writeManifest(manifestPath, createManifest(entries, o.shard));
  o.reporter.finish();
  return summarize(o, reports, { manifestPath, started });
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function summarize(o: RunBatchOptions, reports: PlanReport[], x: { manifestPath: string; started: number }): BatchSummary {
  const plans = [...reports].sort((a, b) => (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : 0));
  const wallSeconds = (performance.now() - x.started) / 1000;
  const filesWritten = plans.reduce((n, p) => n + p.built, 0);
  const count = (s: PlanReport["status"]) => plans.filter((p) => p.status === s).length;
  return {
    ok: count("failed") === 0,
    out: o.outDir,
    manifest: displayPath(x.manifestPath, o.cwd),
    ...(o.shard ? { shard: o.shard } : {}),
    workers: o.executor.workers,
    counts: {
      plans: plans.length,
      built: count("built"),
      skipped: count("skipped"),
      failed: count("failed"),
      filesWritten,
      filesUnchanged: plans.reduce((n, p) => n + p.skipped, 0),
      warnings: plans.reduce((n, p) => n + p.warnings.length, 0),
    },
    timing: {
      wallSeconds,
      filesPerSecond: wallSeconds > 0 ? filesWritten / wallSeconds : 0,
      cpuSeconds: cpuSeconds(),
      medianPlanSeconds: median(plans.filter((p) => p.status === "built" && p.seconds !== undefined).map((p) => p.seconds!)),
    },
    memory: { maxRssBytes: process.resourceUsage().maxRSS * 1024 },
    plans,
  };
}
