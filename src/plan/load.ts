// YAML plan file -> validated Plan, or every error of the file with its position.
// Order: safe parse, portfolio defaults, schema, cross-field rules, logo; the
// method warnings come only with a valid plan.
import type { Diagnostic, Finding } from "./diagnostic.js";
import { Plan } from "./schema.js";
import type { PortfolioDefaults } from "./schema.js";
import { applyDefaults } from "./defaults.js";
import { byPosition, loadYamlDocument, placeFindings } from "./load-yaml.js";
import { readYamlFile } from "./read-file.js";
import { checkRules } from "./rules.js";
import { methodWarnings } from "./warnings.js";
import { resolveLogo } from "./logo.js";

export type { Diagnostic } from "./diagnostic.js";
export { formatDiagnostic } from "./diagnostic.js";

export type LoadResult =
  | { ok: true; file: string; plan: Plan; warnings: Diagnostic[] }
  | { ok: false; file: string; errors: Diagnostic[]; warnings: Diagnostic[] };

export interface LoadPlanOptions {
  /** From the portfolio.yaml above the plan; the plan's own values win. */
  defaults?: PortfolioDefaults;
  /** The portfolio root: a logo may live anywhere below it. */
  root?: string;
}

/** Plan from bytes already read (the batch runner hashes them first). */
export async function loadPlanBytes(bytes: Uint8Array, file: string, opts: LoadPlanOptions = {}): Promise<LoadResult> {
  const prepare = (raw: unknown) => applyDefaults(raw, opts.defaults);
  const loaded = loadYamlDocument(bytes, file, Plan, { prepare });
  if (!loaded.ok) {
    if (!loaded.parsed) return { ok: false, file, errors: loaded.errors, warnings: [] };
    // The cross-field rules still run, so one pass shows every error of the file.
    const taken = new Set(loaded.errors.map((e) => e.path));
    const more = placeFindings(loaded.parsed, file, checkRules(prepare(loaded.parsed.value)), "error").filter((d) => !taken.has(d.path));
    return { ok: false, file, errors: [...loaded.errors, ...more].sort(byPosition), warnings: [] };
  }
  const plan = loaded.value;
  const findings: Finding[] = checkRules(plan);
  if (plan.account.logo !== undefined) {
    const logo = await resolveLogo(plan.account.logo, { planFile: file, root: opts.root });
    if (logo.ok) plan.account.logo = logo.path;
    else findings.push({ path: ["account", "logo"], message: logo.message });
  }
  const errors = placeFindings(loaded.parsed, file, findings, "error").sort(byPosition);
  // Warnings about a plan that does not load would only be noise.
  if (errors.length) return { ok: false, file, errors, warnings: [] };
  const warnings = placeFindings(loaded.parsed, file, methodWarnings(plan), "warning").sort(byPosition);
  return { ok: true, file, plan, warnings };
}

/** Reads, parses and validates one plan file. Never throws for a bad file. */
export async function loadPlanFile(file: string, opts: LoadPlanOptions = {}): Promise<LoadResult> {
  const read = await readYamlFile(file);
  if (!read.ok) return { ok: false, file, errors: read.errors, warnings: [] };
  return loadPlanBytes(read.bytes, file, opts);
}
