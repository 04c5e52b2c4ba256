// Hostile and odd inputs: each gives one clear diagnostic, never a crash or a
// hang. The huge ones are generated here rather than stored as fixtures.
import { describe, expect, it } from "vitest";
import { parseYamlBytes, parseYamlText } from "../../src/plan/yaml-safe.js";
import { loadYamlDocument } from "../../src/plan/load-yaml.js";
import { Plan } from "../../src/plan/schema.js";
import { MAX_FILE_BYTES } from "../../src/plan/text-checks.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

function oneError(result: ReturnType<typeof parseYamlText>) {
  expect(result.ok).toBe(false);
  const errors = result.ok ? [] : result.errors;
  expect(errors).toHaveLength(1);
  return errors[0];
}

describe("nesting is refused before the parser runs", () => {
  const deep = 3000;
  const cases: Array<[string, string]> = [
    ["flow sequences", "a: " + "[".repeat(deep) + "]".repeat(deep) + "\n"],
    ["flow mappings", "a: " + "{b: ".repeat(deep) + "1" + "}".repeat(deep) + "\n"],
    ["compact block sequences", "- ".repeat(deep) + "x\n"],
    ["indented block mappings", Array.from({ length: deep }, (_, i) => " ".repeat(i) + `k${i}:`).join("\n") + " 1\n"],
    ["unclosed flow", "[".repeat(deep)],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const e = oneError(parseYamlText(text, "deep.yaml"));
      expect(e.message).toBe("nesting deeper than 64 levels: refusing to parse");
      expect(e.line).toBeGreaterThanOrEqual(1);
    });
  }

  it("brackets inside quoted text and apostrophes in French text are not nesting", () => {
    const line = `- "${"[".repeat(100)}"\n- l'équipe [phase 1 d'abord\n- 'c''est ${"{".repeat(100)}'\n`;
    const result = parseYamlText(`a:\n${line.replace(/^/gm, "  ")}`, "q.yaml");
    expect(result.ok).toBe(true);
  });

  it("a realistic plan is far below the limit", () => {
    const result = parseYamlText("a:\n  b:\n    - c:\n        - d: [1, {e: [2]}]\n", "ok.yaml");
    expect(result.ok).toBe(true);
  });
});

describe("files that are not YAML text", () => {
  it("a binary file (NUL bytes)", () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 73, 72, 68, 82]);
    expect(oneError(parseYamlBytes(bytes, "logo.yaml")).message).toBe("not a text file");
  });

  it("invalid UTF-8", () => {
    expect(oneError(parseYamlBytes(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), "x.yaml")).message).toContain("not a text file");
  });

  it("a file over 1 MiB", () => {
    const bytes = utf8("# " + "x".repeat(MAX_FILE_BYTES) + "\n");
    expect(oneError(parseYamlBytes(bytes, "big.yaml")).message).toContain("at most 1 MiB");
  });

  it("an empty file, or one with only comments", () => {
    expect(oneError(parseYamlText("", "e.yaml")).message).toBe("the file is empty");
    expect(oneError(parseYamlText("   \n\n", "e.yaml")).message).toBe("the file is empty");
    expect(oneError(parseYamlText("# just a comment\n", "e.yaml")).message).toBe("the file is empty");
  });
});

describe("accepted oddities", () => {
  it("a UTF-8 BOM is stripped silently and positions stay right", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("plan: 1\nperiod: 2026-Q4\naccount:\n  nme: Acme\n")]);
    const result = loadYamlDocument(bytes, "bom.yaml", Plan);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => `${e.line}:${e.col} ${e.path}`)).toEqual(["4:3 account.name", "4:3 account.nme"]);
  });

  it("dates stay strings: no Date object, no time-zone shift", () => {
    const result = parseYamlText("due: 2027-01-01\nts: 2027-01-01T00:30:00+14:00\n", "d.yaml");
    expect(result.ok && result.parsed.value).toEqual({ due: "2027-01-01", ts: "2027-01-01T00:30:00+14:00" });
  });

  it("YAML 1.1 booleans and octals are plain text in the 1.2 core schema", () => {
    const result = parseYamlText("a: yes\nb: no\nc: on\nd: 0755\n", "b.yaml");
    expect(result.ok && result.parsed.value).toEqual({ a: "yes", b: "no", c: "on", d: 755 });
  });

  it("a few aliases are fine", () => {
    const result = parseYamlText("a: &x {k: 1}\nb: *x\n", "a.yaml");
    expect(result.ok && result.parsed.value).toEqual({ a: { k: 1 }, b: { k: 1 } });
  });
});

describe("refused YAML features", () => {
  it("custom tags", () => {
    const e = oneError(parseYamlText("a: !foo x\n", "t.yaml"));
    expect([e.line, e.col, e.message]).toEqual([1, 9, "explicit YAML tags such as `!foo` are not accepted"]);
  });

  it("!!binary", () => {
    expect(oneError(parseYamlText("a: !!binary aGVsbG8=\n", "t.yaml")).message).toContain("`!!binary`");
  });

  it("%YAML directives", () => {
    expect(oneError(parseYamlText("%YAML 1.1\n---\na: 1\n", "t.yaml")).message).toContain("`%YAML`");
  });

  it("a tab in the indentation of a nested line names its line and column", () => {
    const e = oneError(parseYamlText("a:\n  b: 1\n  \tc: 2\n", "t.yaml"));
    expect([e.line, e.col]).toEqual([3, 3]);
  });

  it("several documents", () => {
    const e = oneError(parseYamlText("a: 1\n---\nb: 2\n---\nc: 3\n", "t.yaml"));
    expect(e.line).toBe(2);
  });

  it("duplicate keys name both lines", () => {
    const e = oneError(parseYamlText("a:\n  x: 1\n  y: 2\n  x: 3\n", "t.yaml"));
    expect([e.line, e.col, e.message]).toEqual([4, 3, "duplicate key `x` at line 4, first defined at line 2"]);
  });

  it("a syntax error is reported with its position", () => {
    const result = parseYamlText("a: [1, 2\nb: 3\n", "t.yaml");
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.errors[0].message).toMatch(/^invalid YAML: /);
  });
});

describe("the parse runs on a plain snapshot of process.env", () => {
  it("puts the real process.env back, after a good file and after a bad one", () => {
    const real = process.env;
    expect(parseYamlText("a: 1\n", "x.yaml").ok).toBe(true);
    expect(process.env).toBe(real);
    expect(parseYamlText("a: 1\na: 2\n", "x.yaml").ok).toBe(false);
    expect(process.env).toBe(real);
    expect(parseYamlText("a: [1\n", "x.yaml").ok).toBe(false);
    expect(process.env).toBe(real);
  });
});
