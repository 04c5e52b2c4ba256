// The examples in docs/plan-format.md validate as printed, so the
// documentation cannot drift from the schema.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadYamlDocument } from "../../src/plan/load-yaml.js";
import { Plan } from "../../src/plan/schema.js";
import { PortfolioDefaults } from "../../src/plan/schema.js";
import { applyDefaults } from "../../src/plan/defaults.js";
import { checkRules } from "../../src/plan/rules.js";

const doc = readFileSync("docs/plan-format.md", "utf8");
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

describe("plan-format.md examples", () => {
  it("the full example validates (its logo aside, which needs a file)", () => {
    const full = blocks.find((b) => b.includes("plan: 1") && b.includes("stakeholders:"))!;
    const result = loadYamlDocument(full.replace(/^ {2}logo: .*\n/m, ""), "doc.yaml", Plan);
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.col} ${e.path} ${e.message}`).join("\n"));
    expect(checkRules(result.value)).toEqual([]);
  });

  it("the smallest plan validates under the portfolio example", () => {
    const portfolio = loadYamlDocument(blocks.find((b) => b.startsWith("# portfolio.yaml"))!, "portfolio.yaml", PortfolioDefaults);
    expect(portfolio.ok).toBe(true);
    const defaults = portfolio.ok ? portfolio.value : {};
    const tiny = blocks.find((b) => b.startsWith("plan: 1\naccount:"))!;
    const result = loadYamlDocument(tiny, "tiny.yaml", Plan, { prepare: (raw) => applyDefaults(raw, defaults) });
    expect(result.ok && result.value.period).toBe("2026-Q4");
  });
});
