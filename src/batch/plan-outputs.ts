// From a scanned plan to the outputs it needs, and which of them are already
// up to date. An output is skipped only when the previous manifest recorded the
// same input hash AND the file on disk still has the recorded sha256: hashing
// costs about a millisecond per deck, far less than rendering one, and unlike
// size+mtime it catches a deck edited or replaced in place, and it keeps
// manifests free of clock times.
import { promises as fs } from "node:fs";
import path from "node:path";
import { outputInputHash, sha256 } from "./input-hash.js";
import type { ManifestEntry } from "./manifest.js";
import { outputFileName } from "./output-names.js";
import type { Audience, BatchOptions, OutputKind, OutputRequest } from "./types.js";

export interface PlannedOutput extends OutputRequest {
  file: string;
  inputHash: string;
}

export function outputKinds(options: BatchOptions): OutputKind[] {
  return [...options.formats, ...(options.dumpLayout ? (["layout"] as const) : [])];
}

export function planOutputs(o: {
  slug: string;
  period: string;
  planHash: string;
  timestamp: number;
  outDir: string;
  options: BatchOptions;
}): PlannedOutput[] {
  const outputs: PlannedOutput[] = [];
  for (const audience of o.options.audiences as Audience[]) {
    for (const kind of outputKinds(o.options)) {
      const file = outputFileName({ slug: o.slug, period: o.period, audience, kind });
      outputs.push({
        audience,
        kind,
        file,
        path: path.join(o.outDir, file),
        inputHash: outputInputHash(o.planHash, { audience, kind, timestamp: o.timestamp }),
      });
    }
  }
  return outputs;
}

/** The previous entry when the output is unchanged and intact on disk, else undefined. */
export async function unchangedEntry(out: PlannedOutput, previous: Map<string, ManifestEntry>): Promise<ManifestEntry | undefined> {
  const entry = previous.get(out.file);
  if (!entry || entry.inputHash !== out.inputHash) return undefined;
  const bytes = await fs.readFile(out.path).catch(() => undefined);
  if (!bytes || bytes.byteLength !== entry.size || sha256(bytes) !== entry.sha256) return undefined;
  return entry;
}
