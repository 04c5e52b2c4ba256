import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inShard, parseShard, shardOf } from "../../src/batch/shard.js";
import { BatchUsageError } from "../../src/batch/errors.js";

const paths = Array.from({ length: 200 }, (_, i) => `region-${i % 7}/account-${i}.yaml`);

describe("shards", () => {
  it.each([1, 2, 3, 4, 5])("puts every plan in exactly one of %i shards", (n) => {
    for (const p of paths) {
      const owners = Array.from({ length: n }, (_, k) => k + 1).filter((k) => inShard(p, { index: k, count: n }));
      expect(owners).toHaveLength(1);
    }
    if (n > 1) {
      // A usable split: no shard is empty on 200 plans.
      const sizes = Array.from({ length: n }, (_, k) => paths.filter((p) => shardOf(p, n) === k + 1).length);
      expect(Math.min(...sizes)).toBeGreaterThan(0);
    }
  });

  it("depends only on the relative path, with either separator", () => {
    expect(shardOf("a\\b.yaml", 5)).toBe(shardOf("a/b.yaml", 5));
    expect(shardOf("a/b.yaml", 5)).toBe(shardOf("a/b.yaml", 5));
  });

  it("is the documented function: first 8 bytes of sha256, big-endian, mod n, plus one", () => {
    // sha256("a/b.yaml") starts with these 8 bytes; mod 7 + 1 computed independently.
    const first8 = BigInt("0x" + createHash("sha256").update("a/b.yaml").digest("hex").slice(0, 16));
    expect(shardOf("a/b.yaml", 7)).toBe(Number(first8 % 7n) + 1);
  });

  it.each(["0/3", "4/3", "1/0", "a/b", "1", "1/2/3", "-1/2", ""])("rejects %s", (spec) => {
    expect(() => parseShard(spec)).toThrow(BatchUsageError);
  });

  it("parses k/n", () => {
    expect(parseShard("2/5")).toEqual({ index: 2, count: 5 });
  });
});
