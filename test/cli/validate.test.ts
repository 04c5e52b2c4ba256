// `kamdeck validate` end to end: output lines, summary, JSON, exit codes.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kamdeck } from "./validate-helpers.js";

describe("kamdeck validate", () => {
  it("exits 0 for valid plans and folders, printing warnings and a summary", () => {
    const r = kamdeck(["validate", "samples"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[lines.length - 1]).toMatch(/^8 files checked: 8 valid, 0 with errors; 0 errors, \d+ warnings$/);
    expect(lines).toContain("samples/maison-doree.yaml:199:10  actions[2].due  warning: overdue: due 2026-12-15, before the end of 2026-Q4 (2026-12-31), and still planned");
  });

  it("exits 1 with one line per error, at file:line:col", () => {
    const r = kamdeck(["validate", "test/fixtures/bad/many-errors.yaml", "samples/portfolio/atelier-lumen.yaml"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("test/fixtures/bad/many-errors.yaml:"))).toHaveLength(6);
    expect(lines).toContain("test/fixtures/bad/many-errors.yaml:6:3  account.sectr  unknown key `sectr`: did you mean `sector`?");
    expect(lines[lines.length - 1]).toBe("2 files checked: 1 valid, 1 with errors; 6 errors, 3 warnings");
    expect(r.stderr).toBe("");
  });

  it("--json gives an array of {file, ok, errors, warnings}", () => {
    const r = kamdeck(["validate", "--json", "test/fixtures/bad/unknown-key.yaml", "samples/maison-doree.yaml"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.map((x: { file: string; ok: boolean }) => [x.file, x.ok])).toEqual([
      ["samples/maison-doree.yaml", true],
      ["test/fixtures/bad/unknown-key.yaml", false],
    ]);
    expect(report[1].errors[0]).toEqual({
      file: "test/fixtures/bad/unknown-key.yaml",
      line: 9,
      col: 5,
      path: "actions[0].confidental",
      message: "unknown key `confidental`: did you mean `confidential`?",
      severity: "error",
      suggestion: "confidential",
    });
    expect(report[0].warnings.length).toBe(2);
  });

  it("hostile files give one line each and no stack trace", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kamdeck-cli-"));
    await writeFile(path.join(dir, "deep.yaml"), "plan: " + "[".repeat(3000));
    await writeFile(path.join(dir, "binary.yaml"), new Uint8Array([0x70, 0x6c, 0x61, 0x6e, 0x3a, 0, 1, 2]));
    const r = kamdeck(["validate", "deep.yaml", "binary.yaml", path.resolve("test/fixtures/bad/alias-bomb.yaml")], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("binary.yaml:1:1  (file)  not a text file");
    expect(r.stdout).toContain("deep.yaml:1:70  (file)  nesting deeper than 64 levels");
    expect(r.stdout).toContain("alias-bomb.yaml:1:1  (file)  too many aliases");
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a bad portfolio.yaml is reported and its plans are still checked", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kamdeck-cli-"));
    await writeFile(path.join(dir, "portfolio.yaml"), "period: 2026-Q4\nlanguge: en\n");
    await writeFile(path.join(dir, "a.yaml"), "plan: 1\naccount:\n  name: A\n");
    const r = kamdeck(["validate", "."], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("portfolio.yaml:2:1  languge  unknown key `languge`: did you mean `language`?");
    // Without the portfolio's period, the plan lacks one.
    expect(r.stdout).toContain("a.yaml:1:1  period  missing required field `period`");
  });

  it("a portfolio.yaml named directly is checked and counted", () => {
    const r = kamdeck(["validate", "samples/portfolio/portfolio.yaml"]);
    expect([r.code, r.stdout]).toEqual([0, "1 file checked: 1 valid, 0 with errors; 0 errors, 0 warnings\n"]);
  });

  it("a plan naming a theme that does not load is an error", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kamdeck-cli-"));
    await writeFile(path.join(dir, "a.yaml"), "plan: 1\nperiod: 2026-Q4\ntheme: corprate\naccount:\n  name: A\n");
    const r = kamdeck(["validate", "a.yaml"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("no theme `corprate`");
  });

  it("a folder without plans is an error", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kamdeck-cli-"));
    const r = kamdeck(["validate", "."], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("no plan found in this folder");
  });

  it("usage errors exit 2: no path, a missing path, an unknown option", () => {
    expect(kamdeck(["validate"]).code).toBe(2);
    const missing = kamdeck(["validate", "nope.yaml"]);
    expect([missing.code, missing.stderr]).toEqual([2, "kamdeck validate: no such file or folder: nope.yaml\n"]);
    expect(kamdeck(["validate", "--jsn", "samples"]).code).toBe(2);
  });

  it("--help shows examples and exit codes", () => {
    const r = kamdeck(["validate", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("$ kamdeck validate portfolio/");
    expect(r.stdout).toContain("Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error.");
  });
});
