// Spawns the real CLI (bin/kamdeck.js over dist/, built by `npm test` first).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const BIN = path.resolve("bin/kamdeck.js");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function kamdeck(args: string[], cwd = process.cwd()): Run {
  if (!existsSync(path.resolve("dist/cli/main.js"))) throw new Error("dist/ is not built: run `npx tsc -p tsconfig.build.json` (npm test does it)");
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
