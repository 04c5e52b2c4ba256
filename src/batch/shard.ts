// `--shard k/n`: n machines split one portfolio without talking to each other.
// A plan's shard depends only on its path inside the portfolio, so it is the
// same on every machine, whatever the checkout folder or the order of discovery.
import { createHash } from "node:crypto";
import { BatchUsageError } from "./errors.js";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new BatchUsageError(`--shard expects k/n with 1 <= k <= n (e.g. 2/5), got "${spec}"`);
  }
  return { index, count };
}

/** The 1-based shard of a plan, from the first 8 bytes of sha256 of its portfolio-relative path. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash("sha256").update(relativePath.split("\\").join("/")).digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(count)) + 1;
}

export function inShard(relativePath: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(relativePath, shard.count) === shard.index;
}
