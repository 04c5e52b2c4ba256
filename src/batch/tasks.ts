// The two things done per plan, in a worker or in-process alike: scan (load the
// plan, learn its name and input hash) and build (render, write atomically).
// Neither ever throws: every failure becomes a result, so one plan's problem
// stays that plan's.
import { performance } from "node:perf_hooks";
import { writeFileAtomic } from "./atomic-write.js";
import { planInputHash, sha256 } from "./input-hash.js";
import type { Audience, OutputKind, OutputRequest, Pipeline, PlanJob, ScanResult, WrittenFile } from "./types.js";

export type ScanOutcome = ScanResult & { planHash?: string };

export interface BuildRequest {
  job: PlanJob;
  timestamp: number;
  requests: OutputRequest[];
}

export type BuildOutcome =
  | { ok: true; files: WrittenFile[]; seconds: number }
  | { ok: false; error: string; seconds: number };

export type TaskMessage = { type: "scan"; job: PlanJob } | { type: "build"; request: BuildRequest };
export type TaskReply = ScanOutcome | BuildOutcome;

export function errorMessage(err: unknown, withStack = false): string {
  if (!(err instanceof Error)) return String(err);
  return withStack && err.stack ? err.stack : err.message;
}

/** Only `-t` changes bytes beyond the hashed files: formats and audiences just pick outputs. */
function optionsKey(job: PlanJob): unknown {
  return { theme: job.options.theme ?? null };
}

export async function scanTask(pipeline: Pipeline, job: PlanJob): Promise<ScanOutcome> {
  try {
    const result = await pipeline.scan(job);
    if (!result.ok) return result;
    const planHash = await planInputHash({ file: job.file, portfolioFile: job.portfolioFile, inputs: result.inputs, options: optionsKey(job) });
    return { ...result, planHash };
  } catch (err) {
    return { ok: false, errors: [errorMessage(err, job.debug)], warnings: [] };
  }
}

const requestKey = (o: { audience: Audience; kind: OutputKind }) => `${o.audience}/${o.kind}`;

/** `onRendered` is called once the files exist in memory, before they are written. */
export async function buildTask(pipeline: Pipeline, request: BuildRequest, onRendered?: () => void): Promise<BuildOutcome> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const rendered = await pipeline.build({
      job: request.job,
      timestamp: request.timestamp,
      requests: request.requests.map(({ audience, kind }) => ({ audience, kind })),
    });
    const byKey = new Map(rendered.map((r) => [requestKey(r), r]));
    const outputs = request.requests.map((req) => {
      const out = byKey.get(requestKey(req));
      if (!out) throw new Error(`the pipeline produced no ${req.kind} for the ${req.audience} audience`);
      return { req, bytes: out.bytes };
    });
    onRendered?.();
    // The plan's files are written side by side: each one's fsync waits on the
    // disk, not the CPU, and waiting for them one after another kept this
    // worker's core idle. Every write settles (each cleans up its own temp
    // file) before the first failure is reported.
    const writes = await Promise.allSettled(outputs.map(({ req, bytes }) => writeFileAtomic(req.path, bytes)));
    const failure = writes.find((w): w is PromiseRejectedResult => w.status === "rejected");
    if (failure) throw failure.reason;
    const files: WrittenFile[] = outputs.map(({ req, bytes }) => ({
      audience: req.audience, kind: req.kind, path: req.path, size: bytes.byteLength, sha256: sha256(bytes),
    }));
    return { ok: true, files, seconds: seconds() };
  } catch (err) {
    return { ok: false, error: errorMessage(err, request.job.debug), seconds: seconds() };
  }
}

export function runTask(pipeline: Pipeline, msg: TaskMessage, onRendered?: () => void): Promise<TaskReply> {
  return msg.type === "scan" ? scanTask(pipeline, msg.job) : buildTask(pipeline, msg.request, onRendered);
}
