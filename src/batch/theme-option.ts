// `-t`: a theme name (a folder of the installed package's themes/, which
// loadTheme resolves against the package root, not the cwd) or a path, which
// is made absolute here so workers and plans in other folders read the same one.
// Checked once, up front: a bad -t is a usage error, not 500 failed plans.
import path from "node:path";
import { formatDiagnostic } from "../plan/diagnostic.js";
import { loadTheme } from "../theme/load.js";
import { BatchUsageError } from "./errors.js";

/** A theme spec with a separator or a leading dot is a folder path; otherwise a shipped theme's name. */
export function looksLikePath(spec: string): boolean {
  return spec.startsWith(".") || spec.includes("/") || spec.includes("\\") || path.isAbsolute(spec);
}

export async function resolveThemeOption(spec: string, cwd: string): Promise<string> {
  const resolved = looksLikePath(spec) ? path.resolve(cwd, spec) : spec;
  const loaded = await loadTheme(resolved);
  if (!loaded.ok) {
    const details = loaded.errors.map((d) => `  ${formatDiagnostic(d)}`).join("\n");
    throw new BatchUsageError(`-t ${spec}: not a usable theme\n${details}`);
  }
  return resolved;
}
