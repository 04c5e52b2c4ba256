// Portfolio discovery on real folders built in a temporary directory.
import { mkdtemp, mkdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { discoverPlans } from "../../src/plan/portfolio.js";
import { loadPlanFile } from "../../src/plan/load.js";

let root: string;
const plan = (name: string, extra = "") => `plan: 1\naccount:\n  name: ${name}\n${extra}`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "kamdeck-portfolio-"));
  const files: Record<string, string> = {
    "pf/portfolio.yaml": "period: 2026-Q3\nlanguage: en\ncurrency: GBP\nteam:\n  owner:\n    name: Default Owner\n  members:\n    - name: Default Member\n",
    "pf/b.yaml": plan("B"),
    "pf/a.yml": plan("A", "period: 2026-Q1\nteam:\n  owner:\n    name: Own Owner\n"),
    "pf/sub/c.yaml": plan("C"),
    "pf/notes.yaml": "title: not a plan\n",
    "pf/node_modules/x.yaml": plan("Hidden"),
    "pf/.git/y.yaml": plan("Hidden"),
    "pf/broken.yaml": "plan: 1\naccount: [\n",
    "bad/portfolio.yaml": "periode: 2026-Q3\n",
    "bad/d.yaml": plan("D", "period: 2026-Q2\n"),
    "empty/readme.yaml": "hello: world\n",
    "lone.yaml": plan("Lone", "period: 2026-Q4\n"),
  };
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), text);
  }
  await mkdir(path.join(root, "linked"));
  await symlink(path.join(root, "lone.yaml"), path.join(root, "linked", "lone-link.yaml"));
  await symlink(path.join(root, "linked"), path.join(root, "linked", "loop"));
});

describe("discoverPlans", () => {
  it("lists the plans of a folder recursively, sorted, skipping node_modules, dot folders and non-plans", async () => {
    const found = await discoverPlans([path.join(root, "pf")]);
    expect(found.plans.map((p) => path.relative(root, p.file))).toEqual(["pf/a.yml", "pf/b.yaml", "pf/broken.yaml", "pf/sub/c.yaml"]);
    expect(found.plans.every((p) => p.root === path.join(root, "pf"))).toBe(true);
    expect(found.errors).toEqual([]);
  });

  it("returns portfolio.yaml's defaults and raw bytes for hashing", async () => {
    const [first] = (await discoverPlans([path.join(root, "pf")])).plans;
    expect(first.defaults.period).toBe("2026-Q3");
    expect(first.portfolio?.file).toBe(path.join(root, "pf", "portfolio.yaml"));
    expect(new TextDecoder().decode(first.portfolio?.bytes)).toContain("currency: GBP");
  });

  it("applies the defaults under the plan's own values (team merged field by field)", async () => {
    const found = await discoverPlans([path.join(root, "pf")]);
    const load = (i: number) => loadPlanFile(found.plans[i].file, { defaults: found.plans[i].defaults, root: found.plans[i].root });
    const a = await load(0);
    const b = await load(1);
    expect(a.ok && [a.plan.period, a.plan.currency, a.plan.team?.owner?.name, a.plan.team?.members?.[0].name]).toEqual(["2026-Q1", "GBP", "Own Owner", "Default Member"]);
    expect(b.ok && [b.plan.period, b.plan.language, b.plan.team?.owner?.name]).toEqual(["2026-Q3", "en", "Default Owner"]);
  });

  it("a broken plan is an error of that file only", async () => {
    const found = await discoverPlans([path.join(root, "pf")]);
    const results = await Promise.all(found.plans.map((p) => loadPlanFile(p.file, { defaults: p.defaults, root: p.root })));
    expect(results.map((r) => r.ok)).toEqual([true, true, false, true]);
  });

  it("a bad portfolio.yaml is an error, and its plans are still listed", async () => {
    const found = await discoverPlans([path.join(root, "bad")]);
    expect(found.plans.map((p) => path.basename(p.file))).toEqual(["d.yaml"]);
    expect(found.errors.map((e) => `${path.basename(e.file)}:${e.line}:${e.col} ${e.path} ${e.message}`)).toEqual([
      "portfolio.yaml:1:1 periode unknown key `periode`: did you mean `period`?",
    ]);
  });

  it("single files, missing paths and folders without plans", async () => {
    const found = await discoverPlans([path.join(root, "lone.yaml"), path.join(root, "nope"), path.join(root, "empty")]);
    expect(found.plans.map((p) => [path.basename(p.file), p.root])).toEqual([["lone.yaml", root]]);
    expect(found.missing).toEqual([path.join(root, "nope")]);
    expect(found.empty).toEqual([path.join(root, "empty")]);
  });

  it("a plan file named directly still inherits its portfolio", async () => {
    const found = await discoverPlans([path.join(root, "pf", "sub", "c.yaml")]);
    expect(found.plans[0].root).toBe(path.join(root, "pf"));
    expect(found.plans[0].defaults.currency).toBe("GBP");
  });

  it("follows symlinked plan files but not symlinked folders (no loops)", async () => {
    const found = await discoverPlans([path.join(root, "linked")]);
    expect(found.plans.map((p) => path.relative(root, p.file))).toEqual(["linked/lone-link.yaml"]);
  });

  it("the same plan named twice is listed once", async () => {
    const found = await discoverPlans([path.join(root, "pf"), path.join(root, "pf", "b.yaml")]);
    expect(found.plans).toHaveLength(4);
  });
});
