// `kamdeck init`'s skeletons validate, in both languages, with awkward names too.
import { describe, expect, it } from "vitest";
import { planSkeleton } from "../../src/plan/skeleton/index.js";
import { loadYamlDocument } from "../../src/plan/load-yaml.js";
import { Plan } from "../../src/plan/schema.js";
import { checkRules } from "../../src/plan/rules.js";
import { methodWarnings } from "../../src/plan/warnings.js";

const today = new Date("2026-11-26T12:00:00Z");

describe("planSkeleton", () => {
  for (const language of ["fr", "en"] as const) {
    for (const account of [undefined, "Maison Dorée Distribution", 'Acme: "Ltd" # 1', "true", "2026", "Wisła Logistyka Sp. z o.o."]) {
      it(`${language}, account ${JSON.stringify(account)}`, () => {
        const text = planSkeleton({ language, account, today, fileName: "plan.yaml" });
        const result = loadYamlDocument(text, "plan.yaml", Plan);
        if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.col} ${e.path} ${e.message}`).join("\n"));
        expect(checkRules(result.value)).toEqual([]);
        expect(result.value.language).toBe(language);
        expect(result.value.period).toBe("2026-Q4");
        if (account) expect(result.value.account.name).toBe(account);
        // Only the draft status is left to fix: no overdue action, 5 stakeholders, KPIs with baselines.
        expect(methodWarnings(result.value).map((f) => f.path.join("."))).toEqual(["validation.status"]);
      });
    }
  }

  it("carries the method's guiding questions in the chosen language", () => {
    const fr = planSkeleton({ language: "fr", today, fileName: "p.yaml" });
    const en = planSkeleton({ language: "en", today, fileName: "p.yaml" });
    for (const q of ["Qui influence", "Quel budget", "quoi, qui, quand", "revue trimestrielle", "5 à 10", "ROI", "valide le plan"]) expect(fr).toContain(q);
    for (const q of ["Who influences", "What budget", "what, who, when", "quarterly review", "5 to 10", "ROI", "validate the plan"]) expect(en).toContain(q);
  });
});
