// A fixed-size pool of worker threads, each running one task at a time. A
// worker that dies (process.exit, uncaught error, out of memory) fails only
// the task it was running; it is replaced and the queue goes on.
//
// A build task ends with its files being written and fsynced, which waits on
// the disk, not the CPU. The worker says so ({ id, rendered: true }) and the
// pool hands it its next task at once, so its core renders the next plan
// while the disk finishes the last one (the workers had sat idle ~4 % of a
// 500-plan batch waiting for fsync). A worker that dies while a task of its
// is only writing did not die of that task: the task is run again once
// elsewhere (same bytes, written atomically) rather than failed.
import { Worker } from "node:worker_threads";
import type { TaskMessage, TaskReply } from "./tasks.js";

export interface WorkerPoolOptions {
  size: number;
  /** The compiled worker script; the default is dist/batch/worker.js beside this file. */
  workerUrl?: URL;
  /** Handed to each worker as workerData.pipelineModule. */
  pipelineModule?: string;
  /** Heap cap per worker (MiB, default WORKER_OLD_SPACE_MB): a runaway plan kills its worker, not the batch. */
  maxOldGenerationSizeMb?: number;
}

/**
 * V8 lets an isolate's old space grow by a larger factor the larger its cap:
 * with 1 GiB the workers' heaps settled ~20 MiB higher than with 512 MiB: a
 * 500-plan batch peaked at 383-393 MiB (median of six, up to 403) against
 * 366 (at most 372), for ~5 % more CPU in collections (two sets of six paired
 * runs). A 900 KiB plan (3,800 actions, near the loader's 1 MiB cap) builds
 * in a 512 MiB worker: two of them side by side peak at ~530 MiB in all.
 */
const WORKER_OLD_SPACE_MB = 512;

/**
 * Index of the queued task a free worker should run: the first among the next
 * `window` whose key it owns (it has that plan loaded), else the oldest. A
 * worker never waits for its own work: stealing keeps both cores busy.
 */
export function pickTaskIndex(keys: Array<string | undefined>, owns: (key: string) => boolean, window = 64): number {
  const end = Math.min(keys.length, window);
  for (let i = 0; i < end; i++) {
    const key = keys[i];
    if (key !== undefined && owns(key)) return i;
  }
  return 0;
}

export class WorkerCrashError extends Error {
  override name = "WorkerCrashError";
}

interface Pending {
  id: number;
  task: TaskMessage;
  /** Tasks with the same key prefer the worker that ran the last one (it has the plan cached). */
  key?: string;
  resolve(reply: TaskReply): void;
  reject(err: Error): void;
  /** Set when the task is queued again after its worker died while it was writing. */
  rerun?: boolean;
}

interface Slot {
  worker: Worker;
  /** The task using the worker's CPU. */
  current?: Pending;
  /** Tasks done rendering whose files are still being written, by id. */
  writing: Map<number, Pending>;
}

/** Tasks a worker may have writing while it renders another: bounds the rendered bytes held in memory. */
const MAX_WRITING_PER_WORKER = 2;

/** What a worker posts: a task's final reply, or word that it is only writing files now. */
type WorkerMessage = { id: number; reply: TaskReply } | { id: number; rendered: true };

export class WorkerPool {
  private readonly queue: Pending[] = [];
  private readonly slots = new Set<Slot>();
  private readonly owners = new Map<string, Slot>();
  private nextId = 1;
  private closed = false;
  /** Workers that died and were replaced, for the summary. */
  crashes = 0;

  constructor(private readonly opts: WorkerPoolOptions) {}

  run(task: TaskMessage, key?: string): Promise<TaskReply> {
    if (this.closed) return Promise.reject(new Error("the worker pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, key, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.slots].map((s) => s.worker);
    this.slots.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.idleSlot();
      if (!slot) return;
      const pending = this.queue.splice(this.pickFor(slot), 1)[0];
      slot.current = pending;
      if (pending.key !== undefined) this.owners.set(pending.key, slot);
      slot.worker.postMessage({ id: pending.id, task: pending.task });
    }
  }

  private pickFor(slot: Slot): number {
    return pickTaskIndex(this.queue.map((p) => p.key), (key) => this.owners.get(key) === slot);
  }

  private idleSlot(): Slot | undefined {
    for (const s of this.slots) if (!s.current && s.writing.size < MAX_WRITING_PER_WORKER) return s;
    return this.slots.size < this.opts.size ? this.spawn() : undefined;
  }

  private spawn(): Slot {
    const url = this.opts.workerUrl ?? new URL("./worker.js", import.meta.url);
    const worker = new Worker(url, {
      workerData: { pipelineModule: this.opts.pipelineModule },
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb ?? WORKER_OLD_SPACE_MB },
    });
    const slot: Slot = { worker, writing: new Map() };
    this.slots.add(slot);
    worker.on("message", (msg: WorkerMessage) => this.onMessage(slot, msg));
    let why = "";
    worker.on("error", (err) => { why = err.message; });
    worker.on("exit", (code) => this.onExit(slot, why ? `worker crashed: ${why}` : `worker exited with code ${code}`));
    return slot;
  }

  private onMessage(slot: Slot, msg: WorkerMessage): void {
    if ("rendered" in msg) {
      const current = slot.current;
      if (!current || current.id !== msg.id) return;
      slot.current = undefined;
      slot.writing.set(current.id, current);
    } else {
      const done = slot.current?.id === msg.id ? slot.current : slot.writing.get(msg.id);
      if (!done) return;
      if (done === slot.current) slot.current = undefined;
      else slot.writing.delete(msg.id);
      done.resolve(msg.reply);
    }
    this.dispatch();
  }

  private onExit(slot: Slot, reason: string): void {
    if (!this.slots.delete(slot)) return; // terminated by close()
    const current = slot.current;
    slot.current = undefined;
    if (current) {
      this.crashes++;
      current.reject(new WorkerCrashError(reason));
    }
    // Innocent bystanders: run once more, first in line; a second death is theirs.
    for (const writing of [...slot.writing.values()].reverse()) {
      if (writing.rerun) writing.reject(new WorkerCrashError(reason));
      else this.queue.unshift({ ...writing, rerun: true });
    }
    slot.writing.clear();
    this.dispatch();
  }
}
