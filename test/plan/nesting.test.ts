// The raw-text nesting estimate must never refuse a legitimate document: any
// value up to 20 levels deep, written by a YAML serializer in block or flow
// style, with quotes, apostrophes and brackets in its strings, passes and
// round-trips.
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { findExcessiveNesting } from "../../src/plan/nesting.js";
import { parseYamlText } from "../../src/plan/yaml-safe.js";

const text = fc.stringMatching(/^[a-zA-Zéà' "\[\]{}:#,-]{0,12}$/);
const key = fc.stringMatching(/^[a-z][a-z_]{0,6}$/);
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.integer(),
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(key, tie("node"), { maxKeys: 3 }),
  ),
})).node;

function depthOf(v: unknown): number {
  if (Array.isArray(v)) return 1 + Math.max(0, ...v.map(depthOf));
  if (v && typeof v === "object") return 1 + Math.max(0, ...Object.values(v).map(depthOf));
  return 0;
}

describe("findExcessiveNesting", () => {
  it("never refuses what a serializer writes at a legitimate depth", () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (value, flow) => {
        fc.pre(depthOf(value) <= 20);
        const doc = { root: value };
        const yaml = stringify(doc, flow ? { collectionStyle: "flow" } : {});
        expect(findExcessiveNesting(yaml, 64)).toBeUndefined();
        const parsed = parseYamlText(yaml, "p.yaml");
        expect(parsed.ok && parsed.parsed.value).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });

  it("reports the line and column where the limit is crossed", () => {
    expect(findExcessiveNesting("a: 1\nb: " + "[".repeat(70), 64)).toEqual({ line: 2, col: 67, depth: 71 });
  });
});
