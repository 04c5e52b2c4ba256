// The JSON Schema of the plan format, generated from the zod schemas (the single
// source of truth) for editors: VS Code's YAML extension reads it through a
// `# yaml-language-server: $schema=./plan.schema.json` first line and then
// completes keys, lists enum values and flags unknown keys while typing.
import { z } from "zod";
import { Plan } from "./schema.js";

export const PLAN_SCHEMA_ID = "https://kamdeck.dev/schema/plan-1.json";

/** Draft-07, the dialect the YAML language server supports best; describes what may be written (input). */
export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Plan, { io: "input", target: "draft-07", unrepresentable: "any" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: PLAN_SCHEMA_ID,
    title: "kamdeck account plan",
    description: "A key account plan (format version 1), turned into quarterly business review decks by kamdeck.",
    ...rest,
  };
}

/** Stable, pretty JSON with a final newline, so the committed file diffs cleanly. */
export function planJsonSchemaText(): string {
  return JSON.stringify(planJsonSchema(), null, 2) + "\n";
}
