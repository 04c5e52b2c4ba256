// `kamdeck validate`: every error and method warning of plans and portfolio
// folders, without building anything. Exit 0 when no file has errors (warnings
// allowed), 1 otherwise, 2 for a usage error (including a path that does not exist).
import path from "node:path";
import type { Command } from "commander";
import { PORTFOLIO_FILE, discoverPlans } from "../plan/portfolio.js";
import { loadPlanFile } from "../plan/load.js";
import { fileDiagnostic } from "../plan/diagnostic.js";
import { loadTheme, resolveThemeSpec } from "../theme/load.js";
import type { Diagnostic } from "../plan/diagnostic.js";
import type { FileReport, Writable } from "./diagnostics.js";
import { displayPath, printDiagnostics, summaryLine } from "./diagnostics.js";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./main.js";

const HELP = `
Checks the YAML syntax, the plan format (unknown keys, enum values, dates,
periods, amounts), the cross-references (objective and stakeholder ids,
reporting cycles), the logo, and the method's advice (warnings).

Output: one line per problem, "file:line:col  path.to.field  message", then a summary.

Examples:
  $ kamdeck validate samples/maison-doree.yaml
  $ kamdeck validate portfolio/                 every plan below the folder, with portfolio.yaml defaults
  $ kamdeck validate a.yaml b.yaml --json > report.json

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error.`;

export interface ValidateDeps {
  stdout: Writable;
  stderr: Writable;
  cwd: string;
}

/** Portfolio.yaml errors grouped into one report per file. */
function portfolioReports(errors: Diagnostic[]): FileReport[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const e of errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  return [...byFile].map(([file, errs]) => ({ file, ok: false, errors: errs, warnings: [] }));
}

async function themeProblems(spec: string, plan: { file: string; root: string }, cwd: string): Promise<Diagnostic[]> {
  const theme = await loadTheme(resolveThemeSpec(spec, { planFile: plan.file, root: plan.root }));
  return theme.ok ? [] : theme.errors.map((d) => ({ ...d, file: displayPath(d.file, cwd) }));
}

export async function validateCommand(paths: string[], opts: { json?: boolean }, deps: ValidateDeps): Promise<number> {
  const discovery = await discoverPlans(paths.map((p) => path.resolve(deps.cwd, p)));
  if (discovery.missing.length) {
    for (const m of discovery.missing) deps.stderr.write(`kamdeck validate: no such file or folder: ${displayPath(m, deps.cwd)}\n`);
    return EXIT_USAGE;
  }
  const reports: FileReport[] = portfolioReports(discovery.errors.map((d) => ({ ...d, file: displayPath(d.file, deps.cwd) })));
  // A portfolio.yaml named directly and free of errors is reported as checked, not silently skipped.
  for (const given of paths.filter((p) => path.basename(p) === PORTFOLIO_FILE)) {
    const file = displayPath(path.resolve(deps.cwd, given), deps.cwd);
    if (!reports.some((r) => r.file === file) && !discovery.missing.includes(path.resolve(deps.cwd, given))) reports.push({ file, ok: true, errors: [], warnings: [] });
  }
  for (const folder of discovery.empty) {
    const d = fileDiagnostic(displayPath(folder, deps.cwd), "no plan found in this folder (a plan is a .yaml/.yml file whose top level has `plan: 1`)");
    reports.push({ file: d.file, ok: false, errors: [d], warnings: [] });
  }
  for (const found of discovery.plans) {
    const result = await loadPlanFile(displayPath(found.file, deps.cwd), { defaults: found.defaults, root: found.root });
    // The theme a plan names must load too, or the build would fail where validate said all was well.
    const themeErrors = result.ok && result.plan.theme ? await themeProblems(result.plan.theme, found, deps.cwd) : [];
    const errors = [...(result.ok ? [] : result.errors), ...themeErrors];
    reports.push({ file: result.file, ok: errors.length === 0, errors, warnings: result.warnings });
  }
  if (opts.json) deps.stdout.write(JSON.stringify(reports, null, 2) + "\n");
  else {
    for (const r of reports) printDiagnostics(deps.stdout, [...r.errors, ...r.warnings]);
    deps.stdout.write(summaryLine(reports) + "\n");
  }
  return reports.every((r) => r.ok) ? EXIT_OK : EXIT_FAILED;
}

export function registerValidate(program: Command, ctx: { exitCode: number }): void {
  program
    .command("validate")
    .description("check plans and portfolio folders: errors and method warnings, with file:line:col")
    .argument("<paths...>", "plan files or portfolio folders")
    .option("--json", "print an array of {file, ok, errors, warnings} instead of text")
    .addHelpText("after", HELP)
    .action(async (paths: string[], opts: { json?: boolean }) => {
      ctx.exitCode = await validateCommand(paths, opts, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
    });
}
