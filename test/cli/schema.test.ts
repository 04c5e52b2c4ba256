import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kamdeck } from "./validate-helpers.js";
import { planJsonSchemaText } from "../../src/plan/json-schema.js";

describe("kamdeck schema", () => {
  it("prints the JSON Schema to stdout", () => {
    const r = kamdeck(["schema"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(planJsonSchemaText());
    expect(JSON.parse(r.stdout).$schema).toBe("http://json-schema.org/draft-07/schema#");
  });

  it("-o writes it to a file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kamdeck-schema-"));
    const r = kamdeck(["schema", "-o", "plan.schema.json"], dir);
    expect(r.code).toBe(0);
    expect(await readFile(path.join(dir, "plan.schema.json"), "utf8")).toBe(planJsonSchemaText());
  });

  it("an unwritable destination exits 1 with a message", () => {
    const r = kamdeck(["schema", "-o", "/nonexistent-dir/x/plan.schema.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cannot write /nonexistent-dir/x/plan.schema.json");
  });

  it("--help documents the editor line", () => {
    expect(kamdeck(["schema", "--help"]).stdout).toContain("# yaml-language-server: $schema=./plan.schema.json");
  });
});
