import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kamdeck } from "./validate-helpers.js";

describe("kamdeck init", () => {
  it("writes a skeleton that validates (fr by default)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kamdeck-init-"));
    const r = kamdeck(["init", "plans/doree.yaml", "--account", "Maison Dorée Distribution"], dir);
    expect(r.code).toBe(0);
    const text = await readFile(path.join(dir, "plans/doree.yaml"), "utf8");
    expect(text).toContain("language: fr");
    expect(text).toContain("name: Maison Dorée Distribution");
    const v = kamdeck(["validate", "plans/doree.yaml"], dir);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain("0 errors");
  });

  it("--lang en", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kamdeck-init-"));
    expect(kamdeck(["init", "nw.yaml", "--lang", "en", "--account", "Northwind Robotics"], dir).code).toBe(0);
    const text = await readFile(path.join(dir, "nw.yaml"), "utf8");
    expect(text).toContain("# 3. Stakeholder map (INTERNAL ONLY");
    expect(kamdeck(["validate", "nw.yaml"], dir).code).toBe(0);
  });

  it("refuses to overwrite an existing file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kamdeck-init-"));
    await writeFile(path.join(dir, "mine.yaml"), "precious: true\n");
    const r = kamdeck(["init", "mine.yaml"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("kamdeck init: mine.yaml: the file already exists; kamdeck init never overwrites a file\n");
    expect(await readFile(path.join(dir, "mine.yaml"), "utf8")).toBe("precious: true\n");
  });

  it("an unknown language is a usage error", () => {
    expect(kamdeck(["init", "x.yaml", "--lang", "de"]).code).toBe(2);
  });
});
