// For end-to-end tests of the real CLI: compile a private copy of the package
// (workers load compiled code; type errors elsewhere do not stop tsc from
// emitting), so another engineer rebuilding dist/ mid-test cannot change the
// bytes between two runs; copy portfolios to temp folders, run it, and check
// output files are whole.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");
let bin = "";

/** Compiles the package into a temp folder (dist, bin, themes, node_modules link); returns its bin/kamdeck.js. */
export function compileCli(): string {
  const pkg = mkdtempSync(path.join(os.tmpdir(), "kamdeck-pkg-"));
  const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", path.join(pkg, "dist")], { cwd: repoRoot, stdio: "pipe" });
  } catch {
    // Type errors in stages still in progress: the JavaScript is emitted anyway.
  }
  for (const dir of ["bin", "themes"]) cpSync(path.join(repoRoot, dir), path.join(pkg, dir), { recursive: true });
  cpSync(path.join(repoRoot, "package.json"), path.join(pkg, "package.json"));
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(pkg, "node_modules"));
  bin = path.join(pkg, "bin/kamdeck.js");
  return bin;
}

export function copySamples(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kamdeck-e2e-"));
  cpSync(path.join(repoRoot, "samples"), path.join(dir, "samples"), { recursive: true });
  return dir;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: opts.cwd, env: { ...process.env, CI: "1", ...opts.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Whether a final-named output is a complete file of its kind. */
export async function isComplete(file: string): Promise<boolean> {
  const bytes = readFileSync(file);
  if (file.endsWith(".pdf")) {
    return bytes.subarray(0, 5).toString() === "%PDF-" && bytes.subarray(-1024).toString("latin1").includes("%%EOF");
  }
  if (file.endsWith(".pptx")) {
    try {
      const zip = await JSZip.loadAsync(bytes);
      return zip.file("[Content_Types].xml") !== null;
    } catch {
      return false;
    }
  }
  if (file.endsWith(".json")) {
    try {
      JSON.parse(bytes.toString("utf8"));
      return true;
    } catch {
      return false;
    }
  }
  return true;
}
