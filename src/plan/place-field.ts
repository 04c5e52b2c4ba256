// Later stages name a plan field by its YAML path (`actions[2].action`) when
// they find a problem the schema cannot see (a character no font draws). This
// places that field in the file, so the message reads like every other one:
// `file:line:col  path  message`.
import type { Diagnostic } from "./diagnostic.js";
import { placeFindings } from "./load-yaml.js";
import { parseYamlBytes } from "./yaml-safe.js";

/** `actions[2].action` -> ["actions", 2, "action"]. */
export function parseFieldPath(field: string): Array<string | number> {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** The diagnostic for `field` of the plan in `bytes`, or undefined when the file no longer parses. */
export function placeField(bytes: Uint8Array, file: string, field: string, message: string): Diagnostic | undefined {
  const parsed = parseYamlBytes(bytes, file);
  if (!parsed.ok) return undefined;
  return placeFindings(parsed.parsed, file, [{ path: parseFieldPath(field), message }], "error")[0];
}
