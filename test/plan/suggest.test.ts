import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/plan/suggest.js";

describe("editDistance", () => {
  it("counts an adjacent swap as one edit", () => {
    expect(editDistance("confidential", "confidnetial")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("closest", () => {
  const keys = ["objective", "action", "owner", "due", "status", "expected_result", "notes", "confidential"];
  it("finds the key a typo was meant to be", () => {
    expect(closest("confidental", keys)).toBe("confidential");
    expect(closest("ower", keys)).toBe("owner");
    expect(closest("expected-result", keys)).toBe("expected_result");
  });
  it("treats case and dashes as the same", () => {
    expect(closest("In-Progress", ["planned", "in_progress", "done"])).toBe("in_progress");
  });
  it("suggests nothing when no candidate is plausible", () => {
    expect(closest("budget", keys)).toBeUndefined();
    expect(closest("doing", ["planned", "in_progress", "done", "blocked", "cancelled"])).toBeUndefined();
  });
});
