// From value paths back to line:col in the file.
import { describe, expect, it } from "vitest";
import { loadYamlDocument } from "../../src/plan/load-yaml.js";
import { Plan } from "../../src/plan/schema.js";

function positions(text: string): string[] {
  const result = loadYamlDocument(text, "p.yaml", Plan);
  return result.ok ? [] : result.errors.map((e) => `${e.line}:${e.col} ${e.path}`);
}

describe("diagnostic positions", () => {
  it("an empty value points at its key", () => {
    expect(positions("plan: 1\nperiod: 2026-Q4\naccount:\n")).toEqual(["3:1 account"]);
  });

  it("a missing field points at the mapping that lacks it", () => {
    expect(positions("plan: 1\nperiod: 2026-Q4\naccount:\n  sector: Retail\n")).toEqual(["4:3 account.name"]);
  });

  it("an unknown key points at the key, in flow mappings too", () => {
    expect(positions("plan: 1\nperiod: 2026-Q4\naccount: {name: A, secteur: B}\n")).toEqual(["3:20 account.secteur"]);
  });

  it("errors inside an alias point at the alias", () => {
    const text = "plan: 1\nperiod: 2026-Q4\naccount:\n  name: A\n  main_contact: &p {name: X, mail: y}\nteam:\n  owner: *p\n";
    expect(positions(text)).toEqual(["5:30 account.main_contact.mail", "5:30 team.owner.mail"]);
  });

  it("a missing top-level field points at the start of the file", () => {
    expect(positions("plan: 1\naccount:\n  name: A\n")).toEqual(["1:1 period"]);
  });

  it("an empty value says how to fix it", () => {
    const result = loadYamlDocument("plan: 1\nperiod: 2026-Q4\naccount:\n  name: A\n  news:\n", "p.yaml", Plan);
    expect(result.ok ? [] : result.errors.map((e) => `${e.line}:${e.col} ${e.path} ${e.message}`)).toEqual([
      "5:3 account.news expected a list, got nothing (null); give it a value or remove `news`",
    ]);
  });
});
