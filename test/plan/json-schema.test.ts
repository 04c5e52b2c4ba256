import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planJsonSchema, planJsonSchemaText } from "../../src/plan/json-schema.js";

describe("the JSON Schema", () => {
  it("is generated from the zod schemas and the committed copy is up to date", () => {
    expect(readFileSync("schema/plan.schema.json", "utf8")).toBe(planJsonSchemaText());
  });

  it("describes the input: strict objects, enums, optional defaults", () => {
    const schema = planJsonSchema() as { properties: Record<string, any>; required: string[]; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(["plan", "period", "account"]));
    expect(schema.required).not.toContain("language");
    const action = schema.properties.actions.items;
    expect(action.additionalProperties).toBe(false);
    expect(action.properties.status.enum).toEqual(["planned", "in_progress", "done", "blocked", "cancelled"]);
    expect(Object.keys(action.properties)).toContain("confidential");
  });
});
