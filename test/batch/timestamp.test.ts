import { describe, expect, it } from "vitest";
import { parseSourceDateEpoch, periodTimestamp } from "../../src/batch/timestamp.js";
import { BatchUsageError } from "../../src/batch/errors.js";

describe("timestamps", () => {
  it.each([
    ["2026-Q4", "2026-12-31T00:00:00.000Z"],
    ["2026-Q1", "2026-03-31T00:00:00.000Z"],
    ["2024-Q2", "2024-06-30T00:00:00.000Z"],
    ["2025-Q3", "2025-09-30T00:00:00.000Z"],
  ])("%s ends on %s", (period, iso) => {
    expect(new Date(periodTimestamp(period) * 1000).toISOString()).toBe(iso);
  });

  it("reads SOURCE_DATE_EPOCH and refuses garbage", () => {
    expect(parseSourceDateEpoch(undefined)).toBeUndefined();
    expect(parseSourceDateEpoch("")).toBeUndefined();
    expect(parseSourceDateEpoch("1798675200")).toBe(1798675200);
    expect(() => parseSourceDateEpoch("yesterday")).toThrow(BatchUsageError);
  });
});
