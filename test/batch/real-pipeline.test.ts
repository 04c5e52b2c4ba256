// The real pipeline module as the runner sees it: scan facts and build outputs.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { build, scan, themeSpec } from "../../src/batch/real-pipeline.js";
import type { Plan } from "../../src/plan/schema.js";
import type { PlanJob } from "../../src/batch/types.js";
import { defaultOptions } from "./helpers/portfolio.js";

const root = path.resolve(import.meta.dirname, "../..");
const job = (file: string, extra: Partial<PlanJob> = {}): PlanJob => ({
  file: path.join(root, file), root: path.dirname(path.join(root, file)), portfolioPath: path.basename(file), options: defaultOptions, ...extra,
});

describe("themeSpec", () => {
  const plan = (theme?: string) => ({ theme }) as Plan;
  it("lets -t win, then the plan's theme, then default", () => {
    expect(themeSpec(job("samples/maison-doree.yaml", { options: { ...defaultOptions, theme: "/abs/t" } }), plan("midnight"))).toBe("/abs/t");
    expect(themeSpec(job("samples/maison-doree.yaml"), plan("midnight"))).toBe("midnight");
    expect(themeSpec(job("samples/maison-doree.yaml"), plan(undefined))).toBe("default");
  });
  it("resolves a theme path against the plan's folder", () => {
    expect(themeSpec(job("samples/maison-doree.yaml"), plan("./logos"))).toBe(path.join(root, "samples/logos"));
  });
});

describe("scan and build", () => {
  it("reports the account, the period and the files the outputs depend on", async () => {
    const s = await scan(job("samples/maison-doree.yaml"));
    if (!s.ok) throw new Error(s.errors.join("\n"));
    expect(s.account).toBe("Maison Dorée Distribution");
    expect(s.period).toBe("2026-Q4");
    expect(s.inputs).toContain(path.join(root, "themes/default"));
    expect(s.inputs.some((i) => i.endsWith("maison-doree.png"))).toBe(true);
  });

  it("builds exactly the requested outputs, layout JSON included", async () => {
    const j = job("samples/maison-doree.yaml");
    const out = await build({ job: j, timestamp: 1798675200, requests: [{ audience: "client", kind: "pdf" }, { audience: "client", kind: "layout" }] });
    expect(out.map((o) => `${o.audience}/${o.kind}`)).toEqual(["client/pdf", "client/layout"]);
    expect(Buffer.from(out[0].bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(JSON.parse(new TextDecoder().decode(out[1].bytes)).slides.length).toBeGreaterThan(3);
  });

  it("fails a plan that does not load with positioned errors", async () => {
    const s = await scan(job("test/batch/fixtures/broken-plan.yaml"));
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.errors[0]).toMatch(/broken-plan\.yaml:\d+:\d+  account\.name/);
  });
});
