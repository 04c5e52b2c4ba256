// Cross-field rules on schema-valid plans, checked as pure functions.
import { describe, expect, it } from "vitest";
import { checkRules } from "../../src/plan/rules.js";
import { reportingCycles } from "../../src/plan/cycles.js";
import { Plan } from "../../src/plan/schema.js";

const base = { plan: 1, period: "2026-Q4", account: { name: "Acme" } };
const person = (id: string, reports_to?: string) => ({ id, name: id.toUpperCase(), reports_to, roles: ["user"], stance: "neutral", relationship: "good" });
const rules = (extra: Record<string, unknown>) => checkRules(Plan.parse({ ...base, ...extra }));

describe("checkRules", () => {
  it("a plain plan has no finding", () => {
    expect(rules({})).toEqual([]);
  });

  it("duplicate stakeholder ids point at the second one", () => {
    const findings = rules({ stakeholders: [person("a"), person("b"), person("a")] });
    expect(findings).toEqual([{ path: ["stakeholders", 2, "id"], message: "duplicate stakeholder id `a` (already used by stakeholders[0])" }]);
  });

  it("a reporting cycle names its people once", () => {
    const findings = rules({ stakeholders: [person("x", "z"), person("y", "x"), person("z", "y"), person("w", "x")] });
    expect(findings.map((f) => f.message)).toEqual(["reporting cycle: X -> Z -> Y -> X"]);
  });

  it("someone reporting to themself is a cycle", () => {
    expect(rules({ stakeholders: [person("solo", "solo")] }).map((f) => f.message)).toEqual(["reporting cycle: SOLO -> SOLO"]);
  });

  it("an unknown currency is refused with a suggestion", () => {
    const [finding] = rules({ currency: "EUT" });
    expect(finding.path).toEqual(["currency"]);
    expect(finding.message).toContain("unknown ISO 4217 currency `EUT`");
  });

  it("a section listed twice", () => {
    expect(rules({ sections: ["swot", "actions", "swot"] })).toEqual([{ path: ["sections", 2], message: "section `swot` is listed twice" }]);
  });

  it("a custom table row with the wrong number of cells", () => {
    const findings = rules({ custom_sections: [{ title: "T", table: { columns: ["a", "b"], rows: [["1", "2"], ["3"]] } }] });
    expect(findings).toEqual([{ path: ["custom_sections", 0, "table", "rows", 1], message: "this row has 1 cells for 2 columns" }]);
  });

  it("references without any objective say so", () => {
    const [finding] = rules({ actions: [{ objective: "x", action: "A", owner: "O", due: "2026-12-01" }] });
    expect(finding.message).toBe("unknown objective `x` (the plan has no objectives)");
  });
});

describe("reportingCycles", () => {
  it("finds two separate cycles and ignores chains into them", () => {
    const people = [{ id: "a", reports_to: "b" }, { id: "b", reports_to: "a" }, { id: "c", reports_to: "d" }, { id: "d", reports_to: "c" }, { id: "e", reports_to: "a" }];
    expect(reportingCycles(people)).toEqual([[0, 1], [2, 3]]);
  });
  it("a tree has none", () => {
    expect(reportingCycles([{ id: "a" }, { id: "b", reports_to: "a" }, { id: "c", reports_to: "b" }])).toEqual([]);
  });
});
