// Workers run compiled JavaScript. So that runner tests do not depend on the
// whole project compiling (other stages are in progress), compile only the
// batch layer's worker closure into a temp folder, once per test file.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "../../..");

export function compileBatchWorker(): URL {
  const out = mkdtempSync(path.join(os.tmpdir(), "kamdeck-batch-js-"));
  const tsc = path.join(root, "node_modules/typescript/bin/tsc");
  execFileSync(process.execPath, [
    tsc, "--outDir", out, "--rootDir", path.join(root, "src"),
    "--module", "NodeNext", "--moduleResolution", "NodeNext", "--target", "ES2022",
    "--types", "node", "--skipLibCheck", "--strict",
    path.join(root, "src/batch/worker.ts"),
  ], { stdio: "pipe" });
  return pathToFileURL(path.join(out, "batch/worker.js"));
}

export const fakePipelineUrl = pathToFileURL(path.join(root, "test/batch/fixtures/fake-pipeline.mjs")).href;
