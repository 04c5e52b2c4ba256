import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseFieldPath, placeField } from "../../src/plan/place-field.js";

const PLAN = `plan: 1
period: 2026-Q4
account:
  name: Acme
actions:
  - action: Call the buyer
    owner: Ann
    due: 2027-01-10
  - action: "Send the offer \u{1F44D}"
    owner: Bob
    due: 2027-01-20
`;

describe("placing a later stage's field in the plan file", () => {
  it("reads YAML paths with indexes", () => {
    expect(parseFieldPath("actions[1].action")).toEqual(["actions", 1, "action"]);
    expect(parseFieldPath("account.name")).toEqual(["account", "name"]);
    expect(parseFieldPath("swot.grid[0][1]")).toEqual(["swot", "grid", 0, 1]);
  });

  it("gives the line and column of the field's value", () => {
    const d = placeField(new TextEncoder().encode(PLAN), "plan.yaml", "actions[1].action", "no font can draw it");
    expect(d).toMatchObject({ file: "plan.yaml", line: 9, col: 13, path: "actions[1].action", message: "no font can draw it" });
  });

  it("kamdeck build reports a character no font draws at its place in the file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kamdeck-place-"));
    writeFileSync(path.join(dir, "acme.yaml"), PLAN);
    const bin = path.resolve(import.meta.dirname, "../../bin/kamdeck.js");
    let stderr = "";
    try {
      execFileSync(process.execPath, [bin, "build", "acme.yaml", "-o", "out", "-f", "pdf", "-a", "internal"], { cwd: dir, encoding: "utf8", stdio: "pipe", env: { ...process.env, CI: "true" } });
    } catch (err) {
      stderr = (err as { stderr: string; status: number }).stderr;
      expect((err as { status: number }).status).toBe(1);
    }
    expect(stderr).toContain('FAILED acme.yaml:9:13  actions[1].action  no font of the theme can draw "\u{1F44D}" (U+1F44D)');
  });
});
