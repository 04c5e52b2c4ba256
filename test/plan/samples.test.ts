// The samples double as fixtures for every later stage: they must load with no
// error and keep the features the other stages test against.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlanFile } from "../../src/plan/load.js";
import type { LoadResult } from "../../src/plan/load.js";
import { discoverPlans } from "../../src/plan/portfolio.js";
import type { Plan } from "../../src/plan/schema.js";

async function load(file: string): Promise<Plan> {
  const found = await discoverPlans([file]);
  const p = found.plans[0];
  const result: LoadResult = await loadPlanFile(file, { defaults: p.defaults, root: p.root });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.col} ${e.path} ${e.message}`).join("\n"));
  return result.plan;
}

describe("every sample validates with no error", () => {
  const files = ["samples/maison-doree.yaml", "samples/northwind-robotics.yaml", ...readdirSync("samples/portfolio").filter((f) => f !== "portfolio.yaml" && f.endsWith(".yaml")).map((f) => `samples/portfolio/${f}`)];
  for (const file of files) it(file, async () => expect((await load(file)).account.name).not.toBe(""));

  it.skipIf(!existsSync("/work/shared/plan-example.yaml"))("the method's reference example, unchanged", async () => {
    const plan = await load("/work/shared/plan-example.yaml");
    // Its French ` : ` item is read as the sentence it is, not as a mapping.
    expect(plan.followup?.review?.successes).toEqual(["Opération -50 % sur le 2e produit : +6 % de volume"]);
  });

  it("a plan with a BOM", async () => {
    expect((await load("test/fixtures/bom-plan.yaml")).account.name).toBe("Acme");
  });
});

describe("maison-doree.yaml", () => {
  it("has a resolved PNG logo, a cadence, custom sections and confidential items in several lists", async () => {
    const plan = await load("samples/maison-doree.yaml");
    expect(plan.account.logo).toBe(path.resolve("samples/logos/maison-doree.png"));
    expect(plan.followup?.cadence?.length).toBeGreaterThanOrEqual(3);
    expect(plan.custom_sections?.length).toBeGreaterThanOrEqual(1);
    const confidential = (items: unknown[] | undefined) => (items ?? []).some((i) => typeof i === "object" && i !== null && (i as { confidential?: boolean }).confidential);
    const lists = [plan.account.news, plan.objectives?.[0].challenges, plan.swot?.threats, plan.actions, plan.solution?.[0].offers, plan.followup?.review?.obstacles];
    expect(lists.filter((l) => confidential(l as unknown[])).length).toBeGreaterThanOrEqual(5);
  });
});

describe("northwind-robotics.yaml", () => {
  it("has 13 stakeholders three levels deep with every role, stance and relationship", async () => {
    const plan = await load("samples/northwind-robotics.yaml");
    const people = plan.stakeholders ?? [];
    expect(people).toHaveLength(13);
    const byId = new Map(people.map((p) => [p.id, p]));
    const depth = (id: string): number => (byId.get(id)?.reports_to ? 1 + depth(byId.get(id)!.reports_to!) : 1);
    expect(Math.max(...people.map((p) => depth(p.id)))).toBe(3);
    expect(new Set(people.flatMap((p) => p.roles)).size).toBe(5);
    expect(new Set(people.map((p) => p.stance)).size).toBe(4);
    expect(new Set(people.map((p) => p.relationship)).size).toBe(3);
    expect([plan.language, plan.currency]).toEqual(["en", "USD"]);
  });

  it("has KPI history, a lower-is-better KPI, offers with ROI and overdue actions", async () => {
    const plan = await load("samples/northwind-robotics.yaml");
    const kpis = (plan.objectives ?? []).flatMap((o) => o.kpis ?? []);
    expect(kpis.some((k) => (k.history?.length ?? 0) >= 3)).toBe(true);
    expect(kpis.some((k) => k.baseline !== undefined && k.target < k.baseline)).toBe(true);
    expect((plan.solution ?? []).flatMap((s) => s.offers ?? []).every((o) => o.investment! > 0 && o.expected_return! > 0)).toBe(true);
    expect(plan.actions?.length).toBeGreaterThanOrEqual(10);
  });
});

describe("samples/portfolio", () => {
  it("holds at least 6 accounts of varied size, one French, one Polish/Chinese, one with its own sections", async () => {
    const found = await discoverPlans(["samples/portfolio"]);
    expect(found.errors).toEqual([]);
    const plans = await Promise.all(found.plans.map((p) => load(p.file)));
    expect(plans.length).toBeGreaterThanOrEqual(6);
    expect(plans.some((p) => (p.actions?.length ?? 0) >= 30)).toBe(true);
    expect(plans.some((p) => !p.actions && (p.objectives?.length ?? 0) === 1)).toBe(true);
    expect(plans.some((p) => p.language === "fr")).toBe(true);
    const text = JSON.stringify(plans);
    for (const s of ["Łukasz Wójcik", "王芳", "Kraków"]) expect(text).toContain(s);
    expect(plans.some((p) => p.sections && !p.sections.includes("stakeholders"))).toBe(true);
    expect(plans.every((p) => p.period === "2026-Q4")).toBe(true);
  });
});
