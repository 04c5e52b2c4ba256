// allowedKeysAt is remembered per schema and path shape: any index gives the same
// keys, and a caller editing its answer does not change the next one.
import { describe, expect, it } from "vitest";
import { allowedKeysAt } from "../../src/plan/schema-keys.js";
import { Plan } from "../../src/plan/schema.js";

describe("allowedKeysAt", () => {
  it("answers the same for every index of a list", () => {
    const first = allowedKeysAt(Plan, ["actions", 0]);
    expect(first).toContain("due");
    expect(allowedKeysAt(Plan, ["actions", 17])).toEqual(first);
  });

  it("hands out copies", () => {
    const keys = allowedKeysAt(Plan, ["swot", "strengths", 3]);
    expect(keys).toEqual(["text", "confidential"]);
    keys.length = 0;
    expect(allowedKeysAt(Plan, ["swot", "strengths", 0])).toEqual(["text", "confidential"]);
  });

  it("knows no keys where the schema has no mapping", () => {
    expect(allowedKeysAt(Plan, ["period"])).toEqual([]);
    expect(allowedKeysAt(Plan, ["no_such_key", 2])).toEqual([]);
  });
});
