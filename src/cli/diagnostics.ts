// Printing diagnostics, shared by the commands that load plans: one line per
// diagnostic in the `file:line:col  path  message` form editors can jump to,
// then a one-line summary. Paths are shown relative to the working folder.
import path from "node:path";
import type { Diagnostic } from "../plan/diagnostic.js";
import { formatDiagnostic } from "../plan/diagnostic.js";

export interface Writable {
  write(chunk: string): unknown;
}

/** A path as the user would type it: relative to `cwd` when below it. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

export function printDiagnostics(out: Writable, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) out.write(formatDiagnostic(d) + "\n");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export interface FileReport {
  file: string;
  ok: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** "3 files checked: 2 valid, 1 with errors; 4 errors, 7 warnings" */
export function summaryLine(reports: FileReport[]): string {
  const errors = reports.reduce((n, r) => n + r.errors.length, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings.length, 0);
  const bad = reports.filter((r) => !r.ok).length;
  return `${plural(reports.length, "file")} checked: ${reports.length - bad} valid, ${bad} with errors; ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
