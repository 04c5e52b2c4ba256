import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverJobs } from "../../src/batch/discover-jobs.js";
import { defaultOptions } from "./helpers/portfolio.js";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "kamdeck-discover-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const plan = "plan: 1\nperiod: 2026-Q4\naccount:\n  name: X\n";

describe("discoverJobs", () => {
  it("keys plans by their path inside the folder given when there is no portfolio.yaml", async () => {
    const root = tree({ "all/north/acme.yaml": plan, "all/south/acme.yaml": plan });
    const d = await discoverJobs([path.join(root, "all")], defaultOptions);
    expect(d.jobs.map((j) => j.portfolioPath)).toEqual(["north/acme.yaml", "south/acme.yaml"]);
    expect(d.errors).toEqual([]);
  });

  it("keys plans relative to portfolio.yaml's folder, whichever folder is given", async () => {
    const root = tree({ "pf/portfolio.yaml": "currency: USD\n", "pf/east/a.yaml": plan });
    const fromRoot = await discoverJobs([path.join(root, "pf")], defaultOptions);
    const fromSub = await discoverJobs([path.join(root, "pf/east")], defaultOptions);
    expect(fromRoot.jobs[0].portfolioPath).toBe("east/a.yaml");
    expect(fromSub.jobs[0].portfolioPath).toBe("east/a.yaml");
    expect(fromRoot.jobs[0].portfolioFile).toBe(path.join(root, "pf/portfolio.yaml"));
    expect(fromRoot.jobs[0].defaults).toEqual({ currency: "USD" });
  });

  it("reports missing paths and folders without plans", async () => {
    const root = tree({ "empty/readme.yaml": "title: not a plan\n" });
    const d = await discoverJobs([path.join(root, "empty"), path.join(root, "nope.yaml")], defaultOptions);
    expect(d.jobs).toEqual([]);
    expect(d.errors.join("\n")).toMatch(/nope\.yaml: no such file or folder/);
    expect(d.errors.join("\n")).toMatch(/empty: no plan in this folder/);
  });
});
