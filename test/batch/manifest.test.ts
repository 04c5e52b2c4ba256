import { describe, expect, it } from "vitest";
import { createManifest, manifestFileName, mergeManifests, type ManifestEntry } from "../../src/batch/manifest.js";
import { ManifestMergeError } from "../../src/batch/errors.js";

const entry = (file: string): ManifestEntry => ({
  file, plan: `plans/${file}.yaml`, account: file, period: "2026-Q4", audience: "client", format: "pdf", size: 1, sha256: "0".repeat(64), inputHash: "1".repeat(64),
});

describe("manifests", () => {
  it("names shard manifests apart and the whole-portfolio one manifest.json", () => {
    expect(manifestFileName(undefined)).toBe("manifest.json");
    expect(manifestFileName({ index: 1, count: 1 })).toBe("manifest.json");
    expect(manifestFileName({ index: 2, count: 4 })).toBe("manifest-2-of-4.json");
  });

  it("sorts entries by file", () => {
    expect(createManifest([entry("c"), entry("a"), entry("b")]).outputs.map((e) => e.file)).toEqual(["a", "b", "c"]);
  });

  it("merges shards sorted and without the shard field", () => {
    const merged = mergeManifests([
      { file: "m2.json", manifest: createManifest([entry("d"), entry("b")], { index: 2, count: 2 }) },
      { file: "m1.json", manifest: createManifest([entry("c"), entry("a")], { index: 1, count: 2 }) },
    ]);
    expect(merged.outputs.map((e) => e.file)).toEqual(["a", "b", "c", "d"]);
    expect(merged.shard).toBeUndefined();
  });

  it("refuses an output listed twice, naming both manifests", () => {
    expect(() => mergeManifests([
      { file: "m1.json", manifest: createManifest([entry("a")]) },
      { file: "m2.json", manifest: createManifest([entry("a")]) },
    ])).toThrow(new ManifestMergeError("a is listed in both m1.json and m2.json"));
  });
});
