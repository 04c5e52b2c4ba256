// A pool worker: imports the pipeline once (fonts, themes and measurement
// caches then live as long as the worker) and renders one task at a time; a
// task whose files are being written may overlap the next one (worker-pool.ts).
// First, before the pipeline pulls in the font packages: see the module.
import "../fonts/zlib-inflate-preload.js";
import { parentPort, workerData } from "node:worker_threads";
import { errorMessage, runTask, type TaskMessage } from "./tasks.js";
import type { Pipeline } from "./types.js";

interface WorkerData {
  /** URL of the pipeline module; tests inject fakes, the CLI uses the real one. */
  pipelineModule?: string;
}

const data = (workerData ?? {}) as WorkerData;
const moduleUrl = data.pipelineModule ?? new URL("./real-pipeline.js", import.meta.url).href;
const pipelineReady = import(moduleUrl) as Promise<Pipeline>;
// An import failure is reported through each task; keep it from being an unhandled rejection.
pipelineReady.catch(() => undefined);

parentPort?.on("message", async (msg: { id: number; task: TaskMessage }) => {
  let reply;
  try {
    // Once the files are rendered, only the disk is left: the pool may send the next task.
    reply = await runTask(await pipelineReady, msg.task, () => parentPort?.postMessage({ id: msg.id, rendered: true }));
  } catch (err) {
    const error = `cannot load the build pipeline: ${errorMessage(err)}`;
    reply = msg.task.type === "scan" ? { ok: false, errors: [error], warnings: [] } : { ok: false, error, seconds: 0 };
  }
  parentPort?.postMessage({ id: msg.id, reply });
});
