// French typography (`mot : suite`) turns a list item into a YAML mapping; where
// the schema expects text, the item is read back as written.
import { describe, expect, it } from "vitest";
import { loadYamlDocument } from "../../src/plan/load-yaml.js";
import { Plan } from "../../src/plan/schema.js";

const plan = (body: string) => `plan: 1\nperiod: 2026-Q4\naccount:\n  name: Acme\n${body}`;

describe("restoreColonItems", () => {
  it("reads `a : b` items of text lists as text", () => {
    const result = loadYamlDocument(plan("  news:\n    - Ouverture : 12 magasins\n    - Simple\n"), "p.yaml", Plan);
    expect(result.ok && result.value.account.news).toEqual(["Ouverture : 12 magasins", "Simple"]);
  });

  it("leaves real {text, confidential} items alone", () => {
    const result = loadYamlDocument(plan("  news:\n    - text: Rumeur\n      confidential: true\n"), "p.yaml", Plan);
    expect(result.ok && result.value.account.news).toEqual([{ text: "Rumeur", confidential: true }]);
  });

  it("does not touch mappings where the schema expects objects", () => {
    const result = loadYamlDocument(plan("team:\n  members:\n    - Jane : Doe\n"), "p.yaml", Plan);
    expect(result.ok).toBe(false);
  });

  it("still reports a misspelt key inside a text item", () => {
    const result = loadYamlDocument(plan("  news:\n    - text: Rumeur\n      confidental: true\n"), "p.yaml", Plan);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(["unknown key `confidental`: did you mean `confidential`?"]);
  });
});
