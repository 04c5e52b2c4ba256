// withFields stands in for `{ ...base, a, b }` in layout code (see
// src/layout/with-fields.ts for why): it must build the very same object, and the
// spread-first literal must not creep back into src/layout.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { withFields } from "../../src/layout/with-fields.js";
import { ROOT } from "./pipeline.js";

describe("withFields", () => {
  it("equals the spread literal: same keys in the same order, later values winning", () => {
    const base = { x: 1, y: 2, w: 3, h: 4, text: "a" };
    const fields = { y: 5, paragraphs: [{ text: "b" }], text: undefined };
    const spread = { ...base, ...fields };
    const merged = withFields(base, fields);
    expect(Object.keys(merged)).toEqual(Object.keys(spread));
    expect(merged).toStrictEqual(spread);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(spread));
  });

  it("takes several field objects in order, like a spread of each", () => {
    const box = { x: 1, y: 2, w: 3, h: 4 };
    const content = { heading: "H", paragraphs: [{ text: "p" }], y: 9 };
    const spread = { ...box, ...{ y: 5, h: 6 }, ...content, ...{ size: 11, field: "f" } };
    const merged = withFields(box, { y: 5, h: 6 }, content, { size: 11, field: "f" });
    expect(Object.keys(merged)).toEqual(Object.keys(spread));
    expect(merged).toStrictEqual(spread);
  });

  it("returns a new object and leaves its inputs alone", () => {
    const base = { x: 1 };
    const fields = { y: 2 };
    const merged = withFields(base, fields);
    expect(merged).not.toBe(base);
    expect(base).toEqual({ x: 1 });
    expect(fields).toEqual({ y: 2 });
  });
});

/** `file:line` of every object literal that starts with a spread and goes on with a property. */
function spreadFirstLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length > 1 && ts.isSpreadAssignment(node.properties[0])) {
      if (node.properties.some((p) => !ts.isSpreadAssignment(p))) {
        found.push(`${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("src/layout", () => {
  it("builds no object literal that starts with a spread and adds properties (use withFields)", () => {
    expect(tsFiles(join(ROOT, "src/layout")).flatMap(spreadFirstLiterals)).toEqual([]);
  });
});
