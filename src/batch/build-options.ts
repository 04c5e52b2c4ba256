// `kamdeck build`'s option values, checked and turned into typed options.
// Pure: the CLI reports a BatchUsageError as a usage error (exit 2).
import os from "node:os";
import { BatchUsageError } from "./errors.js";
import { parseShard, type Shard } from "./shard.js";
import { parseSourceDateEpoch } from "./timestamp.js";
import type { Audience, BatchOptions, DeckFormat } from "./types.js";

export interface RawBuildOptions {
  out: string;
  format: string;
  audience: string;
  theme?: string;
  dumpLayout?: boolean;
  jobs?: string;
  force?: boolean;
  json?: boolean;
  shard?: string;
}

export interface BuildSettings {
  options: BatchOptions;
  out: string;
  concurrency: number;
  force: boolean;
  json: boolean;
  shard?: Shard;
}

function parseList<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (items.length === 0) throw new BatchUsageError(`--${what} needs at least one of ${allowed.join(", ")}`);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new BatchUsageError(`unknown ${what} "${item}": expected ${allowed.join(", ")} (comma-separated)`);
    }
  }
  // Canonical order, so `-f pdf,pptx` and `-f pptx,pdf` are the same build.
  return allowed.filter((a) => items.includes(a));
}

export function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return os.availableParallelism();
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new BatchUsageError(`-j expects a positive whole number of workers, got "${value}"`);
  }
  return Number(value);
}

export function parseBuildOptions(raw: RawBuildOptions, env: NodeJS.ProcessEnv): BuildSettings {
  if (!raw.out.trim()) throw new BatchUsageError("-o needs a folder");
  const sourceDateEpoch = parseSourceDateEpoch(env.SOURCE_DATE_EPOCH);
  return {
    options: {
      formats: parseList<DeckFormat>(raw.format, ["pptx", "pdf"], "format"),
      audiences: parseList<Audience>(raw.audience, ["internal", "client"], "audience"),
      ...(raw.theme ? { theme: raw.theme } : {}),
      dumpLayout: raw.dumpLayout ?? false,
      ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
    },
    out: raw.out,
    concurrency: parseConcurrency(raw.jobs),
    force: raw.force ?? false,
    json: raw.json ?? false,
    ...(raw.shard !== undefined ? { shard: parseShard(raw.shard) } : {}),
  };
}
