// `kamdeck build` end to end on a fake pipeline (fixtures/fake-pipeline.mjs):
// options, exit codes, --json, shards and manifest merge, without rendering.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCommand } from "../../src/cli/build.js";
import { mergeCommand } from "../../src/cli/manifest.js";
import type { RawBuildOptions } from "../../src/batch/build-options.js";
import { compileBatchWorker, fakePipelineUrl } from "../batch/helpers/compile-batch.js";
import { makePortfolio } from "../batch/helpers/portfolio.js";

let workerUrl: URL;
beforeAll(() => {
  workerUrl = compileBatchWorker();
});

const defaults: RawBuildOptions = { out: "out", format: "pptx,pdf", audience: "internal,client" };

function capture() {
  const chunks: string[] = [];
  return { text: () => chunks.join(""), write: (t: string) => chunks.push(t), isTTY: false };
}

async function build(cwd: string, paths: string[], raw: Partial<RawBuildOptions> = {}, env: NodeJS.ProcessEnv = {}) {
  const stdout = capture();
  const stderr = capture();
  const code = await buildCommand(paths, { ...defaults, ...raw }, { stdout, stderr, env, cwd, pipelineModule: fakePipelineUrl, workerUrl });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const plan = (account: string, extra: Record<string, string> = {}) => ({ plan: "1", account, ...extra });

describe("exit codes", () => {
  it("is 0 when everything builds and 0 again when everything is unchanged", async () => {
    const p = makePortfolio({ "a.yaml": plan("Alpha"), "b.yaml": plan("Beta") });
    const first = await build(p.root, ["plans"], { jobs: "2" });
    expect(first.stderr).toContain("2 built (8 files)");
    expect(first.code).toBe(0);
    const second = await build(p.root, ["plans"], { jobs: "2" });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain("0 built (0 files), 2 skipped (unchanged)");
  });

  it("is 1 when some plans fail, with every good plan still written", async () => {
    const p = makePortfolio({
      "a.yaml": plan("Alpha"), "bad.yaml": plan("Bad", { behaviour: "scan-error" }),
      "crash.yaml": plan("Crash", { behaviour: "exit" }), "z.yaml": plan("Zeta"),
    });
    const r = await build(p.root, ["plans"], { jobs: "2" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FAILED .*bad\.yaml:1:1  account\.name/);
    expect(r.stderr).toMatch(/FAILED plans\/crash\.yaml: worker exited with code 3/);
    expect(readdirSync(p.out).filter((f) => f.endsWith(".pdf")).sort()).toEqual([
      "alpha-2026-Q4-client.pdf", "alpha-2026-Q4-internal.pdf", "zeta-2026-Q4-client.pdf", "zeta-2026-Q4-internal.pdf",
    ]);
  });

  it.each<[string, string[], Partial<RawBuildOptions>, NodeJS.ProcessEnv]>([
    ["no paths", [], {}, {}],
    ["an unknown format", ["plans"], { format: "pptx,docx" }, {}],
    ["an unknown audience", ["plans"], { audience: "board" }, {}],
    ["a bad shard", ["plans"], { shard: "0/3" }, {}],
    ["a bad -j", ["plans"], { jobs: "many" }, {}],
    ["a theme that does not exist", ["plans"], { theme: "no-such-theme-anywhere" }, {}],
    ["a bad SOURCE_DATE_EPOCH", ["plans"], {}, { SOURCE_DATE_EPOCH: "tomorrow" }],
  ])("is 2 for %s, before building anything", async (_, paths, raw, env) => {
    const p = makePortfolio({ "a.yaml": plan("Alpha") });
    const r = await build(p.root, paths, raw, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kamdeck build: /);
    expect(existsSync(p.out)).toBe(false);
  });

  it("is 1 with one clear line when the output folder cannot be written", async () => {
    const p = makePortfolio({ "a.yaml": plan("Alpha") });
    writeFileSync(path.join(p.root, "file"), "x");
    const r = await build(p.root, ["plans"], { out: "file/out" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/output folder file\/out is not writable: not a folder/);
  });

  it("is 1 when a path does not exist, and the other paths still build", async () => {
    const p = makePortfolio({ "a.yaml": plan("Alpha") });
    const r = await build(p.root, ["plans", "nowhere.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nowhere.yaml: no such file or folder");
    expect(existsSync(path.join(p.out, "alpha-2026-Q4-client.pptx"))).toBe(true);
  });
});

describe("--json", () => {
  it("prints the documented summary on stdout and nothing else", async () => {
    const p = makePortfolio({ "a.yaml": plan("Alpha", { validated: "no" }), "b.yaml": plan("Beta", { behaviour: "throw" }) });
    const r = await build(p.root, ["plans"], { json: true, format: "pdf", audience: "client" });
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s).sort()).toEqual(["counts", "discoveryErrors", "manifest", "memory", "ok", "out", "plans", "timing", "workers"]);
    expect(s).toMatchObject({
      ok: false, out: "out", manifest: "out/manifest.json", discoveryErrors: [],
      counts: { plans: 2, built: 1, skipped: 0, failed: 1, filesWritten: 1, filesUnchanged: 0, warnings: 0 },
    });
    expect(s.timing).toEqual({ wallSeconds: expect.any(Number), filesPerSecond: expect.any(Number), cpuSeconds: expect.any(Number), medianPlanSeconds: expect.any(Number) });
    expect(s.memory.maxRssBytes).toBeGreaterThan(1e6);
    expect(s.plans[0]).toMatchObject({ plan: "plans/a.yaml", account: "Alpha", status: "built", files: ["alpha-2026-Q4-client.pdf"], built: 1, skipped: 0, errors: [] });
    expect(s.plans[0].reminder).toMatch(/unvalidated/);
    expect(s.plans[1]).toMatchObject({ plan: "plans/b.yaml", status: "failed", errors: ["plans/b.yaml: boom in Beta"] });
  });
});

describe("shards and manifest merge", () => {
  it("splits a portfolio over n shards whose merged manifest equals the unsharded one", async () => {
    const plans = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`region-${i % 3}/p${i}.yaml`, plan(`Account ${i}`)]));
    const whole = makePortfolio(plans);
    await build(whole.root, ["plans"], { jobs: "1" });
    const sharded = makePortfolio(plans);
    const n = 3;
    for (let k = 1; k <= n; k++) {
      const r = await build(sharded.root, ["plans"], { shard: `${k}/${n}`, jobs: "2" });
      expect(r.code).toBe(0);
    }
    const manifests = readdirSync(sharded.out).filter((f) => f.startsWith("manifest-")).sort();
    expect(manifests).toEqual(["manifest-1-of-3.json", "manifest-2-of-3.json", "manifest-3-of-3.json"]);
    const stdout = capture();
    const stderr = capture();
    const code = await mergeCommand(manifests, { out: "manifest.json" }, { stdout, stderr, cwd: sharded.out });
    expect(code).toBe(0);
    expect(readFileSync(path.join(sharded.out, "manifest.json"), "utf8")).toBe(readFileSync(path.join(whole.out, "manifest.json"), "utf8"));
  });

  it("refuses to merge a manifest with itself (every output twice) with exit 1", async () => {
    const p = makePortfolio({ "a.yaml": plan("Alpha") });
    await build(p.root, ["plans"]);
    const stderr = capture();
    const code = await mergeCommand(["out/manifest.json", "out/manifest.json"], {}, { stdout: capture(), stderr, cwd: p.root });
    expect(code).toBe(1);
    expect(stderr.text()).toMatch(/listed in both out\/manifest\.json and out\/manifest\.json/);
  });
});

describe("--dump-layout and timestamps", () => {
  it("writes layout JSON beside the decks and pins SOURCE_DATE_EPOCH into every output", async () => {
    const p = makePortfolio({ "a.yaml": plan("Alpha") });
    const r = await build(p.root, ["plans"], { dumpLayout: true, audience: "client" }, { SOURCE_DATE_EPOCH: "1700000000" });
    expect(r.code).toBe(0);
    expect(readdirSync(p.out).sort()).toEqual([
      "alpha-2026-Q4-client.layout.json", "alpha-2026-Q4-client.pdf", "alpha-2026-Q4-client.pptx", "manifest.json",
    ]);
    expect(readFileSync(path.join(p.out, "alpha-2026-Q4-client.pdf"), "utf8")).toContain("|1700000000|");
  });

  it("derives the timestamp from the plan's period without SOURCE_DATE_EPOCH", async () => {
    const p = makePortfolio({ "a.yaml": plan("Alpha", { period: "2026-Q1" }) });
    await build(p.root, ["plans"], { format: "pdf", audience: "client" });
    expect(readFileSync(path.join(p.out, "alpha-2026-Q1-client.pdf"), "utf8")).toContain(`|${Date.UTC(2026, 2, 31) / 1000}|`);
  });
});

