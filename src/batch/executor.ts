// Where plans run: in-process for tiny batches (no worker start-up cost), in a
// worker pool otherwise. Both speak the same tasks and never throw.
import type { Pipeline, PlanJob } from "./types.js";
import { buildTask, errorMessage, scanTask, type BuildOutcome, type BuildRequest, type ScanOutcome } from "./tasks.js";
import { WorkerPool, type WorkerPoolOptions } from "./worker-pool.js";

export interface Executor {
  readonly workers: number;
  scan(job: PlanJob): Promise<ScanOutcome>;
  build(request: BuildRequest): Promise<BuildOutcome>;
  close(): Promise<void>;
}

/**
 * One task at a time, like a single worker: the runner asks for every plan at
 * once, and interleaving them on one event loop would hold every deck in
 * memory together and make each plan's timing span the whole batch.
 */
export function inProcessExecutor(pipeline: Pipeline): Executor {
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
  return {
    workers: 0,
    scan: (job) => serial(() => scanTask(pipeline, job)),
    build: (request) => serial(() => buildTask(pipeline, request)),
    close: async () => undefined,
  };
}

export function workerPoolExecutor(opts: WorkerPoolOptions): Executor {
  const pool = new WorkerPool(opts);
  return {
    workers: opts.size,
    async scan(job) {
      try {
        return (await pool.run({ type: "scan", job }, job.file)) as ScanOutcome;
      } catch (err) {
        return { ok: false, errors: [errorMessage(err)], warnings: [] };
      }
    },
    async build(request) {
      try {
        return (await pool.run({ type: "build", request }, request.job.file)) as BuildOutcome;
      } catch (err) {
        return { ok: false, error: errorMessage(err), seconds: 0 };
      }
    },
    close: () => pool.close(),
  };
}

export interface ExecutorChoice {
  plans: number;
  concurrency: number;
  /** Loads the pipeline in this thread for the in-process case. */
  loadPipeline(): Promise<Pipeline>;
  pool: Omit<WorkerPoolOptions, "size">;
}

/** One plan or -j 1: build in-process; otherwise no more workers than plans. */
export async function chooseExecutor(c: ExecutorChoice): Promise<Executor> {
  if (c.plans <= 1 || c.concurrency <= 1) return inProcessExecutor(await c.loadPipeline());
  return workerPoolExecutor({ ...c.pool, size: Math.min(c.concurrency, c.plans) });
}
