import { describe, expect, it } from "vitest";
import { pickTaskIndex, WorkerPool } from "../../src/batch/worker-pool.js";
import type { TaskMessage, TaskReply } from "../../src/batch/tasks.js";

describe("pickTaskIndex", () => {
  const mine = new Set(["b.yaml", "d.yaml"]);
  const owns = (k: string) => mine.has(k);

  it("prefers the first queued task whose plan the worker already loaded", () => {
    expect(pickTaskIndex(["a.yaml", "c.yaml", "d.yaml", "b.yaml"], owns)).toBe(2);
  });

  it("takes the oldest task rather than waiting for its own", () => {
    expect(pickTaskIndex(["a.yaml", "c.yaml", undefined], owns)).toBe(0);
  });

  it("looks only a bounded way down the queue", () => {
    expect(pickTaskIndex(["a.yaml", "c.yaml", "b.yaml"], owns, 2)).toBe(0);
  });
});

describe("WorkerPool: writing overlaps the next task", () => {
  const workerUrl = new URL("./fixtures/two-phase-worker.mjs", import.meta.url);
  const build = (file: string) => ({ type: "build", request: { job: { file }, timestamp: 0, requests: [] } }) as unknown as TaskMessage;
  const note = (reply: TaskReply) => (reply as unknown as { note: string }).note;

  it("hands a worker its next task while the last one's files are still being written", async () => {
    const pool = new WorkerPool({ size: 1, workerUrl });
    try {
      const [slow, quick] = await Promise.all([pool.run(build("writes-slowly")), pool.run(build("quick"))]);
      expect(note(slow)).toBe("overlapped");
      expect(note(quick)).toBe("quick");
    } finally {
      await pool.close();
    }
  });

  it("runs a writing task again on a new worker when its worker dies of the next task, and fails only that one", async () => {
    const pool = new WorkerPool({ size: 1, workerUrl });
    try {
      const [slow, dying] = await Promise.allSettled([pool.run(build("writes-slowly")), pool.run(build("dies"))]);
      expect(dying.status).toBe("rejected");
      expect(String((dying as PromiseRejectedResult).reason)).toMatch(/WorkerCrashError: worker exited with code 3/);
      expect(slow.status).toBe("fulfilled");
      // The rerun on the fresh worker had nothing after it.
      expect(note((slow as PromiseFulfilledResult<TaskReply>).value)).toBe("alone");
      expect(pool.crashes).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
