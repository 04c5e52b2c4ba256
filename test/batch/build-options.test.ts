import { describe, expect, it } from "vitest";
import { parseBuildOptions, type RawBuildOptions } from "../../src/batch/build-options.js";
import { BatchUsageError } from "../../src/batch/errors.js";

const base: RawBuildOptions = { out: "out", format: "pptx,pdf", audience: "internal,client" };

describe("parseBuildOptions", () => {
  it("gives the defaults", () => {
    const s = parseBuildOptions(base, {});
    expect(s.options).toEqual({ formats: ["pptx", "pdf"], audiences: ["internal", "client"], dumpLayout: false });
    expect(s.concurrency).toBeGreaterThanOrEqual(1);
    expect(s.shard).toBeUndefined();
  });

  it("normalises lists to one order so equal builds hash the same", () => {
    const s = parseBuildOptions({ ...base, format: "PDF, pptx", audience: "client" }, {});
    expect(s.options.formats).toEqual(["pptx", "pdf"]);
    expect(s.options.audiences).toEqual(["client"]);
  });

  it("takes SOURCE_DATE_EPOCH, -j and --shard", () => {
    const s = parseBuildOptions({ ...base, jobs: "3", shard: "2/4" }, { SOURCE_DATE_EPOCH: "1700000000" });
    expect(s.options.sourceDateEpoch).toBe(1700000000);
    expect(s.concurrency).toBe(3);
    expect(s.shard).toEqual({ index: 2, count: 4 });
  });

  it.each<[string, Partial<RawBuildOptions>, Record<string, string>]>([
    ["unknown format", { format: "docx" }, {}],
    ["empty format", { format: "," }, {}],
    ["unknown audience", { audience: "board" }, {}],
    ["zero workers", { jobs: "0" }, {}],
    ["fractional workers", { jobs: "1.5" }, {}],
    ["bad shard", { shard: "3/2" }, {}],
    ["bad SOURCE_DATE_EPOCH", {}, { SOURCE_DATE_EPOCH: "soon" }],
  ])("refuses %s as a usage error", (_, raw, env) => {
    expect(() => parseBuildOptions({ ...base, ...raw }, env)).toThrow(BatchUsageError);
  });
});
