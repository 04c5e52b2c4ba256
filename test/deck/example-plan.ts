// Loads /work/shared/plan-example.yaml for the deck tests without the loader
// (parsed with yaml's core schema and validated by Plan.parse), so these tests
// depend only on the schema contract.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { Plan } from "../../src/plan/schema.js";

export const EXAMPLE_FILE = "/work/shared/plan-example.yaml";

// The example's review line "... produit : +6 % ..." is an unquoted plain scalar
// holding ": ", which YAML reads as a mapping. Quote it here until the shared
// file is fixed (the replacement is a no-op once it is).
const UNQUOTED = "- Opération -50 % sur le 2e produit : +6 % de volume";

export function loadExamplePlan(): Plan {
  const text = readFileSync(EXAMPLE_FILE, "utf8").replace(UNQUOTED, `- "${UNQUOTED.slice(2)}"`);
  return Plan.parse(parse(text, { version: "1.2", schema: "core" }));
}
