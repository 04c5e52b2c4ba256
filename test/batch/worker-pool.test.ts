import { describe, expect, it } from "vitest";
import { pickTaskIndex } from "../../src/batch/worker-pool.js";

describe("pickTaskIndex", () => {
  const mine = new Set(["b.yaml", "d.yaml"]);
  const owns = (k: string) => mine.has(k);

  it("prefers the first queued task whose plan the worker already loaded", () => {
    expect(pickTaskIndex(["a.yaml", "c.yaml", "d.yaml", "b.yaml"], owns)).toBe(2);
  });

  it("takes the oldest task rather than waiting for its own", () => {
    expect(pickTaskIndex(["a.yaml", "c.yaml", undefined], owns)).toBe(0);
  });

  it("looks only a bounded way down the queue", () => {
    expect(pickTaskIndex(["a.yaml", "c.yaml", "b.yaml"], owns, 2)).toBe(0);
  });
});
