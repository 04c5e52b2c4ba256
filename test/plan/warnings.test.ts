// Method warnings, on plans built in the test, and placed in a real file.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isOverdue, methodWarnings } from "../../src/plan/warnings.js";
import { Plan } from "../../src/plan/schema.js";
import { loadPlanFile } from "../../src/plan/load.js";

const person = (id: string, roles: string[], stance = "neutral") => ({ id, name: id, roles, stance, relationship: "good" });
const fivePeople = [
  person("a", ["decision_maker"], "champion"),
  person("b", ["budget_holder"]),
  person("c", ["user"]),
  person("d", ["user"]),
  person("e", ["influencer"]),
];
const base = { plan: 1, period: "2026-Q4", account: { name: "Acme" }, stakeholders: fivePeople, validation: { status: "validated" } };
const warn = (extra: Record<string, unknown>) => methodWarnings(Plan.parse({ ...base, ...extra })).map((f) => f.message);

describe("methodWarnings", () => {
  it("a complete plan has none", () => {
    expect(warn({})).toEqual([]);
  });

  it("too few and too many stakeholders", () => {
    expect(warn({ stakeholders: fivePeople.slice(0, 2) })).toContain("only 2 stakeholder(s): the method advises 5 to 10");
    const eleven = [...fivePeople, ...Array.from({ length: 6 }, (_, i) => person(`x${i}`, ["user"]))];
    expect(warn({ stakeholders: eleven })).toContain("11 stakeholders: the method advises 5 to 10; keep the map readable");
  });

  it("no champion, no decision maker, no budget holder", () => {
    const people = fivePeople.map((p) => ({ ...p, stance: "ally", roles: ["user"] }));
    expect(warn({ stakeholders: people })).toEqual([
      "no champion identified (stance: champion)",
      "no decision maker identified (roles: decision_maker)",
      "no budget holder identified (roles: budget_holder)",
    ]);
  });

  it("an objective without KPI and a KPI without baseline", () => {
    const objectives = [{ id: "o1", title: "T" }, { id: "o2", title: "U", kpis: [{ name: "Sales", target: 2 }] }];
    expect(warn({ objectives })).toEqual(["objective `o1` has no KPI: how will progress be measured?", "KPI `Sales` has no baseline"]);
  });

  it("a plan never validated, or still a draft", () => {
    expect(warn({ validation: undefined })).toEqual(["the plan has never been validated by the client (no validation section)"]);
    expect(warn({ validation: {} })).toEqual(["the plan is still a draft: the method asks the client to validate it"]);
  });
});

describe("isOverdue", () => {
  it("open actions due before the last day of the period", () => {
    expect(isOverdue({ due: "2026-12-30", status: "planned" }, "2026-Q4")).toBe(true);
    expect(isOverdue({ due: "2026-12-30" }, "2026-Q4")).toBe(true);
    expect(isOverdue({ due: "2026-12-31", status: "planned" }, "2026-Q4")).toBe(false);
    expect(isOverdue({ due: "2026-10-01", status: "done" }, "2026-Q4")).toBe(false);
    expect(isOverdue({ due: "2026-10-01", status: "cancelled" }, "2026-Q4")).toBe(false);
    expect(isOverdue({ due: "2026-10-01", status: "blocked" }, "2026-Q4")).toBe(true);
  });
});

describe("warnings in a file carry their position", () => {
  it.skipIf(!existsSync("/work/shared/plan-example.yaml"))("the method's example: two overdue actions, at their due dates", async () => {
    const result = await loadPlanFile("/work/shared/plan-example.yaml");
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => `${w.line}:${w.col} ${w.path} ${w.severity}`)).toEqual([
      "186:10 actions[2].due warning",
      "197:10 actions[4].due warning",
    ]);
  });
});
