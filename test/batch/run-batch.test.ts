import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { inProcessExecutor, workerPoolExecutor, type Executor } from "../../src/batch/executor.js";
import { runBatch } from "../../src/batch/run-batch.js";
import { silentReporter } from "../../src/batch/report.js";
import type { Pipeline } from "../../src/batch/types.js";
import { compileBatchWorker, fakePipelineUrl } from "./helpers/compile-batch.js";
import { jobsFor, makePortfolio } from "./helpers/portfolio.js";

let workerUrl: URL;
let fake: Pipeline;
beforeAll(async () => {
  workerUrl = compileBatchWorker();
  fake = (await import(fakePipelineUrl)) as Pipeline;
});

const mixed = {
  "good-a.yaml": { account: "Maison Dorée", body: "a" },
  "bad.yaml": { account: "Bad", behaviour: "scan-error" },
  "throws.yaml": { account: "Thrower", behaviour: "throw" },
  "good-b.yaml": { account: "Łódź Foods", body: "b" },
  "crash.yaml": { account: "Crasher", behaviour: "exit" },
  "good-c.yaml": { account: "Ærø Ltd", body: "c" },
};

async function run(p: ReturnType<typeof makePortfolio>, executor: Executor, extra: { force?: boolean } = {}) {
  try {
    return await runBatch({ jobs: jobsFor(p), outDir: p.out, cwd: p.root, force: extra.force ?? false, executor, reporter: silentReporter });
  } finally {
    await executor.close();
  }
}

describe("isolation", () => {
  it("builds every good plan in a worker pool even when others fail, throw or kill their worker", async () => {
    const p = makePortfolio(mixed);
    const summary = await run(p, workerPoolExecutor({ size: 2, workerUrl, pipelineModule: fakePipelineUrl }));
    expect(summary.ok).toBe(false);
    expect(summary.counts).toMatchObject({ plans: 6, built: 3, failed: 3, filesWritten: 12 });
    const status = Object.fromEntries(summary.plans.map((r) => [r.plan, r.status]));
    expect(status).toEqual({
      "plans/bad.yaml": "failed", "plans/crash.yaml": "failed", "plans/good-a.yaml": "built",
      "plans/good-b.yaml": "built", "plans/good-c.yaml": "built", "plans/throws.yaml": "failed",
    });
    const errors = Object.fromEntries(summary.plans.map((r) => [r.plan, r.errors.join(" ")]));
    expect(errors["plans/crash.yaml"]).toMatch(/exited with code 3/);
    expect(errors["plans/throws.yaml"]).toMatch(/boom in Thrower/);
    expect(errors["plans/bad.yaml"]).toMatch(/account\.name/);
    const files = readdirSync(p.out).sort();
    expect(files).toContain("maison-doree-2026-Q4-client.pdf");
    expect(files).toContain("lodz-foods-2026-Q4-internal.pptx");
    expect(files).toContain("aero-ltd-2026-Q4-internal.pdf");
    expect(files.filter((f) => f.startsWith("crasher") || f.startsWith("thrower"))).toEqual([]);
  });

  it("fails only the throwing plan when building in-process", async () => {
    const p = makePortfolio({ "ok.yaml": { account: "Fine" }, "throws.yaml": { account: "Thrower", behaviour: "throw" } });
    const summary = await run(p, inProcessExecutor(fake));
    expect(summary.counts).toMatchObject({ built: 1, failed: 1 });
    expect(summary.workers).toBe(0);
  });
});

describe("worker deaths", () => {
  it("survives a worker that aborts and one that runs out of memory", async () => {
    const p = makePortfolio({
      "a.yaml": { account: "Alpha" }, "abort.yaml": { account: "Aborter", behaviour: "abort" },
      "oom.yaml": { account: "Hog", behaviour: "oom" }, "z.yaml": { account: "Zeta" },
    });
    const summary = await run(p, workerPoolExecutor({ size: 2, workerUrl, pipelineModule: fakePipelineUrl, maxOldGenerationSizeMb: 48 }));
    const status = Object.fromEntries(summary.plans.map((r) => [r.plan, r.status]));
    expect(status).toEqual({ "plans/a.yaml": "built", "plans/abort.yaml": "failed", "plans/oom.yaml": "failed", "plans/z.yaml": "built" });
    const errors = Object.fromEntries(summary.plans.map((r) => [r.plan, r.errors.join(" ")]));
    expect(errors["plans/oom.yaml"]).toMatch(/worker crashed: .*memory/i);
    // In a worker thread process.abort() throws instead of killing the process.
    expect(errors["plans/abort.yaml"]).toMatch(/abort/);
  });
});

describe("output names", () => {
  it("fails both plans whose outputs would share a name, and builds the rest", async () => {
    const p = makePortfolio({ "one.yaml": { account: "Café Noir" }, "two.yaml": { account: "CAFE NOIR" }, "three.yaml": { account: "Other" } });
    const summary = await run(p, inProcessExecutor(fake));
    const one = summary.plans.find((r) => r.plan === "plans/one.yaml")!;
    const two = summary.plans.find((r) => r.plan === "plans/two.yaml")!;
    expect(one.status).toBe("failed");
    expect(two.status).toBe("failed");
    expect(one.errors[0]).toContain("plans/two.yaml");
    expect(two.errors[0]).toContain("plans/one.yaml");
    expect(summary.counts.built).toBe(1);
    expect(existsSync(path.join(p.out, "cafe-noir-2026-Q4-client.pdf"))).toBe(false);
  });
});

describe("manifest and incremental builds", () => {
  it("records every output sorted, skips unchanged outputs, rebuilds changed plans and everything with force", async () => {
    const p = makePortfolio({ "b.yaml": { account: "Beta" }, "a.yaml": { account: "Alpha" } });
    const first = await run(p, inProcessExecutor(fake));
    expect(first.counts).toMatchObject({ built: 2, filesWritten: 8, skipped: 0 });
    const manifest = JSON.parse(readFileSync(path.join(p.out, "manifest.json"), "utf8"));
    const names = manifest.outputs.map((e: { file: string }) => e.file);
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(8);
    expect(manifest.outputs[0]).toMatchObject({ plan: "plans/a.yaml", account: "Alpha", period: "2026-Q4", audience: "client", format: "pdf" });
    expect(manifest.outputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);

    const second = await run(p, inProcessExecutor(fake));
    expect(second.counts).toMatchObject({ built: 0, skipped: 2, filesWritten: 0, filesUnchanged: 8 });
    expect(readFileSync(path.join(p.out, "manifest.json"), "utf8")).toBe(JSON.stringify(manifest, null, 2) + "\n");

    writeFileSync(p.files[1], "account: Alpha\nbody: changed\n");
    writeFileSync(path.join(p.out, "beta-2026-Q4-client.pdf"), "tampered");
    const third = await run(p, inProcessExecutor(fake));
    expect(third.counts).toMatchObject({ built: 2, filesWritten: 5, filesUnchanged: 3 });

    const forced = await run(p, inProcessExecutor(fake), { force: true });
    expect(forced.counts).toMatchObject({ built: 2, filesWritten: 8, filesUnchanged: 0 });
  });

  it("cleans temp leftovers of killed runs at start", async () => {
    const p = makePortfolio({ "a.yaml": { account: "Alpha" } });
    await run(p, inProcessExecutor(fake));
    const leftover = path.join(p.out, ".kamdeck-tmp-999999999-abc-alpha-2026-Q4-client.pdf");
    writeFileSync(leftover, "partial");
    await run(p, inProcessExecutor(fake));
    expect(existsSync(leftover)).toBe(false);
  });
});

describe("determinism", () => {
  it("writes the same bytes and manifest in-process and with two workers", async () => {
    const plans = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`p${i}.yaml`, { account: `Account ${i}`, body: "x".repeat(i) }]));
    const a = makePortfolio(plans);
    const b = makePortfolio(plans);
    await run(a, inProcessExecutor(fake));
    await run(b, workerPoolExecutor({ size: 2, workerUrl, pipelineModule: fakePipelineUrl }));
    const read = (out: string) => readFileSync(path.join(out, "manifest.json"), "utf8");
    expect(read(b.out)).toBe(read(a.out));
  });
});

describe("summary", () => {
  it("counts warnings and carries reminders and timings", async () => {
    const p = makePortfolio({ "a.yaml": { account: "Alpha", warning: "9 stakeholders", validated: "no" } });
    const s = await run(p, inProcessExecutor(fake));
    expect(s.counts.warnings).toBe(1);
    expect(s.plans[0].reminder).toMatch(/unvalidated/);
    expect(s.plans[0].files).toEqual([
      "alpha-2026-Q4-client.pdf", "alpha-2026-Q4-client.pptx", "alpha-2026-Q4-internal.pdf", "alpha-2026-Q4-internal.pptx",
    ]);
    expect(typeof s.timing.medianPlanSeconds).toBe("number");
    expect(s.memory.maxRssBytes).toBeGreaterThan(0);
  });
});

describe("in-process executor", () => {
  it("runs one plan at a time, so per-plan timings do not overlap", async () => {
    const plans = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`p${i}.yaml`, { account: `Slow ${i}`, behaviour: "slow" }]));
    const p = makePortfolio(plans);
    const s = await run(p, inProcessExecutor(fake));
    // Each build sleeps 300 ms: run in parallel they would all end together, about 0.3 s after the first began.
    const total = s.plans.reduce((n, r) => n + (r.seconds ?? 0), 0);
    expect(total).toBeLessThan(s.timing.wallSeconds + 0.05);
    expect(s.timing.wallSeconds).toBeGreaterThanOrEqual(1.2);
  });
});
