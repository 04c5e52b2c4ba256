// <out>/manifest.json: every output of the last run, what it was made from and
// its checksum. It is the memory of incremental builds and what shards merge.
// No clock time in it: two identical runs write identical manifests.
import { promises as fs } from "node:fs";
import { KAMDECK_VERSION } from "../version.js";
import { writeFileAtomic } from "./atomic-write.js";
import { ManifestMergeError } from "./errors.js";
import type { Shard } from "./shard.js";
import type { Audience, OutputKind } from "./types.js";

export interface ManifestEntry {
  /** File name inside the output folder. */
  file: string;
  /** Plan file, relative to the working directory of the run, with forward slashes. */
  plan: string;
  account: string;
  period: string;
  audience: Audience;
  format: OutputKind;
  /** Bytes. */
  size: number;
  sha256: string;
  /** Key of everything the output was made from (see input-hash.ts). */
  inputHash: string;
}

export interface Manifest {
  kamdeck: string;
  /** Which share of the portfolio this manifest covers; absent for a whole portfolio or a merge. */
  shard?: Shard;
  outputs: ManifestEntry[];
}

export function manifestFileName(shard: Shard | undefined): string {
  return shard && shard.count > 1 ? `manifest-${shard.index}-of-${shard.count}.json` : "manifest.json";
}

export function sortEntries(entries: ManifestEntry[]): ManifestEntry[] {
  return [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function createManifest(entries: ManifestEntry[], shard?: Shard): Manifest {
  return { kamdeck: KAMDECK_VERSION, ...(shard && shard.count > 1 ? { shard } : {}), outputs: sortEntries(entries) };
}

function isManifest(value: unknown): value is Manifest {
  const m = value as Manifest;
  return typeof m === "object" && m !== null && Array.isArray(m.outputs)
    && m.outputs.every((e) => typeof e?.file === "string" && typeof e?.sha256 === "string");
}

/** The previous run's manifest, or undefined when absent or unreadable (then everything is rebuilt). */
export async function readManifestIfAny(file: string): Promise<Manifest | undefined> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(file, "utf8"));
    return isManifest(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function readManifest(file: string): Promise<Manifest> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (err) {
    throw new ManifestMergeError(`cannot read manifest ${file}: ${(err as Error).message}`);
  }
  if (!isManifest(parsed)) throw new ManifestMergeError(`${file} is not a kamdeck manifest (no "outputs" list)`);
  return parsed;
}

export function serializeManifest(m: Manifest): string {
  return JSON.stringify(m, null, 2) + "\n";
}

export async function writeManifest(file: string, m: Manifest): Promise<void> {
  await writeFileAtomic(file, new TextEncoder().encode(serializeManifest(m)));
}

/** Joins shard manifests; an output listed twice is an error naming both sources. */
export function mergeManifests(sources: Array<{ file: string; manifest: Manifest }>): Manifest {
  const seen = new Map<string, string>();
  const entries: ManifestEntry[] = [];
  for (const { file, manifest } of sources) {
    for (const e of manifest.outputs) {
      const first = seen.get(e.file);
      if (first !== undefined) throw new ManifestMergeError(`${e.file} is listed in both ${first} and ${file}`);
      seen.set(e.file, file);
      entries.push(e);
    }
  }
  return createManifest(entries);
}
