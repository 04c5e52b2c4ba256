// Errors as data: every problem found in a plan (or a theme, or a portfolio.yaml)
// is a Diagnostic pointing at a line and column, so the CLI can print all of them
// at once and editors can jump to them. Only truly exceptional situations throw.

export type Severity = "error" | "warning";

export interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like every editor. */
  col: number;
  /** The YAML path of the offending field, e.g. `actions[2].status`; empty for the whole file. */
  path: string;
  message: string;
  severity: Severity;
  /** The value we think was meant (a key, an id, an enum value), when we have one. */
  suggestion?: string;
}

/** A problem located by its YAML path; turned into a Diagnostic once positions are known. */
export interface Finding {
  path: ReadonlyArray<string | number>;
  message: string;
  suggestion?: string;
  /** Point at the key rather than the value (unknown keys, duplicate ids). */
  atKey?: boolean;
}

/** `file:line:col  path.to.field  message`, the format every compiler-literate editor understands. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.col}`;
  const tag = d.severity === "warning" ? "warning: " : "";
  return `${where}  ${d.path || "(file)"}  ${tag}${d.message}`;
}

/** `["actions", 2, "status"]` -> `actions[2].status`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** A diagnostic about the whole file (unreadable, empty, too large...), placed at 1:1. */
export function fileDiagnostic(file: string, message: string, severity: Severity = "error"): Diagnostic {
  return { file, line: 1, col: 1, path: "", message, severity };
}

/** Thrown only for what cannot be reported as a diagnostic of one file. */
export class PlanError extends Error {
  constructor(
    message: string,
    readonly code: "usage" | "io" | "internal",
  ) {
    super(message);
    this.name = "PlanError";
  }
}
