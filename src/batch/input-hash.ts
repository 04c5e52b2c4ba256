// An output is rebuilt only when something it is made of changed: the plan's
// bytes, portfolio.yaml's, the theme folder's, the logo's, kamdeck's version
// and the options that change bytes. Paths are not hashed, only contents, so a
// portfolio moved to another folder or machine still counts as unchanged.
//
// Files are read synchronously: hashing runs in a batch worker (or the CLI's
// own thread for one plan), which has nothing to do while it waits, and each
// promise-based call went through libuv's thread pool and back (~8 per plan),
// leaving the worker idle for the round trips.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { KAMDECK_VERSION } from "../version.js";
import type { Audience, OutputKind } from "./types.js";

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Hash of a folder's files (relative names and bytes), in sorted order, recursively. */
function hashFolder(dir: string): string {
  const hash = createHash("sha256");
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
  for (const f of files) {
    hash.update(path.relative(dir, f).split(path.sep).join("/")).update("\0");
    hash.update(readFileSync(f)).update("\0");
  }
  return hash.digest("hex");
}

// Theme folders are shared by every plan: hash each once per process.
const folderCache = new Map<string, string>();

/** Any failure to stat (not only ENOENT) reads as missing, as before. */
function statOrUndefined(p: string): ReturnType<typeof statSync> {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** Hash of a file's bytes or a folder's content; a missing input hashes as "missing". */
export async function hashInput(p: string): Promise<string> {
  const stat = statOrUndefined(p);
  if (!stat) return "missing";
  if (!stat.isDirectory()) return sha256(readFileSync(p));
  let cached = folderCache.get(p);
  if (!cached) {
    cached = hashFolder(p);
    folderCache.set(p, cached);
  }
  return cached;
}

/** The part of the key every output of a plan shares. */
export async function planInputHash(o: { file: string; portfolioFile?: string; inputs: string[]; options: unknown }): Promise<string> {
  const parts = [
    `kamdeck ${KAMDECK_VERSION}`,
    `plan ${await hashInput(o.file)}`,
    `portfolio ${o.portfolioFile ? await hashInput(o.portfolioFile) : "none"}`,
    ...(await Promise.all([...o.inputs].sort().map(async (p) => `input ${await hashInput(p)}`))),
    `options ${JSON.stringify(o.options)}`,
  ];
  return sha256(parts.join("\n"));
}

/** The key of one output: the plan's key, its audience, its kind and the pinned timestamp. */
export function outputInputHash(planHash: string, o: { audience: Audience; kind: OutputKind; timestamp: number }): string {
  return sha256(`${planHash}\n${o.audience}\n${o.kind}\n${o.timestamp}`);
}
