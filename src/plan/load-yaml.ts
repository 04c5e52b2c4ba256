// Generic, safe YAML-to-typed-value loading with positioned diagnostics. The plan
// loader and the theme loader (src/theme/load.ts) both go through here, so a bad
// theme.yaml gets the same `file:line:col  path  message` quality as a bad plan.
import type { z } from "zod";
import type { Node } from "yaml";
import { restoreColonItems } from "./colon-items.js";
import type { Diagnostic, Finding } from "./diagnostic.js";
import { issueToFindings } from "./issues.js";
import { toDiagnostic } from "./positions.js";
import type { ParsedYaml } from "./yaml-safe.js";
import { parseYamlBytes, parseYamlText } from "./yaml-safe.js";

export type YamlLoad<T> =
  | { ok: true; value: T; parsed: ParsedYaml }
  | { ok: false; errors: Diagnostic[]; parsed?: ParsedYaml };

export interface LoadYamlOptions {
  /** Transforms the raw value before validation (e.g. applies portfolio defaults). */
  prepare?: (raw: unknown) => unknown;
}

/** Places findings in the parsed file. */
export function placeFindings(parsed: ParsedYaml, file: string, findings: Finding[], severity: Diagnostic["severity"]): Diagnostic[] {
  const ctx = { file, doc: parsed.doc, lineCounter: parsed.lineCounter };
  return findings.map((f) => toDiagnostic(ctx, f, severity));
}

/** Sorts diagnostics by position, so the output reads top to bottom. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.col - b.col;
}

/** Parses `source` safely and validates it against `schema`, reporting ALL errors. */
export function loadYamlDocument<S extends z.ZodType>(
  source: string | Uint8Array,
  file: string,
  schema: S,
  opts: LoadYamlOptions = {},
): YamlLoad<z.output<S>> {
  const result = typeof source === "string" ? parseYamlText(source.replace(/^\uFEFF/, ""), file) : parseYamlBytes(source, file);
  if (!result.ok) return result;
  const { parsed } = result;
  restoreColonItems(parsed.doc.contents as Node | null, parsed.value, schema, parsed.source);
  const raw = opts.prepare ? opts.prepare(parsed.value) : parsed.value;
  const checked = schema.safeParse(raw, { reportInput: true });
  if (checked.success) return { ok: true, value: checked.data, parsed };
  const findings = checked.error.issues.flatMap((issue) => issueToFindings(issue, schema));
  return { ok: false, errors: placeFindings(parsed, file, findings, "error").sort(byPosition), parsed };
}
