// Themes are data: themes/<name>/theme.yaml (shipped) or any folder holding a
// theme.yaml. Loaded through the same safe YAML path as plans, so a bad theme
// gets `file:line:col  path  message` diagnostics too.
import path from "node:path";
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../plan/diagnostic.js";
import { fileDiagnostic } from "../plan/diagnostic.js";
import { loadYamlDocument, placeFindings } from "../plan/load-yaml.js";
import { readYamlFile } from "../plan/read-file.js";
import { resolveLogo } from "../plan/logo.js";
import { Theme } from "./schema.js";

export type ThemeLoad = { ok: true; theme: Theme; dir: string } | { ok: false; errors: Diagnostic[] };

/** Shipped themes live in <package>/themes; this file is src/theme or dist/theme. */
export const BUILTIN_THEMES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "themes");

const THEME_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** A bare name (`default`) is a shipped theme when one exists; anything else is a folder or a theme.yaml path. */
async function themeFile(nameOrPath: string): Promise<string> {
  if (THEME_NAME.test(nameOrPath)) {
    const builtin = path.join(BUILTIN_THEMES_DIR, nameOrPath, "theme.yaml");
    const shipped = await stat(builtin).then((s) => s.isFile(), () => false);
    const local = await stat(nameOrPath).then((s) => s.isDirectory(), () => false);
    if (shipped || !local) return builtin;
  }
  const abs = path.resolve(nameOrPath);
  const isDir = await stat(abs).then((s) => s.isDirectory(), () => false);
  return isDir ? path.join(abs, "theme.yaml") : abs;
}

export async function loadTheme(nameOrPath: string): Promise<ThemeLoad> {
  const file = await themeFile(nameOrPath);
  const read = await readYamlFile(file);
  if (!read.ok) {
    const missing = read.errors[0]?.message.includes("no such file");
    return missing ? { ok: false, errors: [fileDiagnostic(file, `no theme \`${nameOrPath}\` (looked for ${file})`)] } : read;
  }
  const loaded = loadYamlDocument(read.bytes, file, Theme);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const dir = path.dirname(file);
  if (loaded.value.logo !== undefined) {
    // Same confinement as client logos: the theme's own folder, PNG or JPEG.
    const logo = await resolveLogo(loaded.value.logo, { planFile: file });
    if (!logo.ok) return { ok: false, errors: placeFindings(loaded.parsed, file, [{ path: ["logo"], message: logo.message }], "error") };
  }
  return { ok: true, theme: loaded.value, dir };
}

/**
 * Where a plan's `theme:` points, by the rule `kamdeck build` follows: a bare
 * name is a shipped theme; a path resolves beside the plan, else against the
 * portfolio root.
 */
export function resolveThemeSpec(spec: string, opts: { planFile: string; root: string }): string {
  const isPath = spec.startsWith(".") || spec.includes("/") || spec.includes("\\") || path.isAbsolute(spec);
  if (!isPath || path.isAbsolute(spec)) return spec;
  const besidePlan = path.resolve(path.dirname(opts.planFile), spec);
  return existsSync(besidePlan) ? besidePlan : path.resolve(opts.root, spec);
}
