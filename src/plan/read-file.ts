// Reading a YAML file's bytes with the size cap applied before reading, so a
// multi-gigabyte file (or a device) is refused without being loaded.
//
// Synchronous on purpose: a plan is at most 1 MiB (checked first), read once,
// by a CLI or a batch worker that has nothing else to do meanwhile. Each
// promise-based call went through libuv's thread pool and back, and a batch
// worker sat idle for it: ~15 % of the scan phase on 2 busy cores.
import { readFileSync, statSync } from "node:fs";
import type { Diagnostic } from "./diagnostic.js";
import { fileDiagnostic } from "./diagnostic.js";
import { MAX_FILE_BYTES } from "./text-checks.js";

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; errors: Diagnostic[] };

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder, not a file";
  return err instanceof Error ? err.message : String(err);
}

export async function readYamlFile(file: string): Promise<ReadResult> {
  try {
    const info = statSync(file);
    if (info.isDirectory()) return { ok: false, errors: [fileDiagnostic(file, "cannot read: is a folder, not a file")] };
    if (!info.isFile()) return { ok: false, errors: [fileDiagnostic(file, "not a text file")] };
    if (info.size > MAX_FILE_BYTES) {
      const mib = (info.size / MAX_FILE_BYTES).toFixed(1);
      return { ok: false, errors: [fileDiagnostic(file, `file too large (${mib} MiB): kamdeck reads YAML files of at most 1 MiB`)] };
    }
    return { ok: true, bytes: new Uint8Array(readFileSync(file)) };
  } catch (err) {
    return { ok: false, errors: [fileDiagnostic(file, `cannot read: ${reason(err)}`)] };
  }
}
