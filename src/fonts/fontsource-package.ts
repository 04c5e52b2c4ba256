// Reads a @fontsource package: which files it ships and which code points each
// one is meant to cover (unicode.json), so the stack can pick a file per character.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FontError } from "./errors.js";
import type { FontStyle } from "./types.js";
import { parseUnicodeRange, type CodePointRange } from "./unicode-range.js";

export interface FontSubset {
  /** As written in unicode.json: `latin`, `[4]`. */
  name: string;
  /** As written in file names: `latin`, `4`. */
  fileName: string;
  ranges: CodePointRange[];
}

export interface FontPackage {
  /** npm name, e.g. `@fontsource/carlito`. */
  name: string;
  /** File prefix, e.g. `carlito`. */
  id: string;
  dir: string;
  /** The default subset first (it holds the most common characters), then unicode.json's order. */
  subsets: FontSubset[];
  weights: number[];
  styles: string[];
}

export interface FontFileRef {
  key: string;
  path: string;
}

const require = createRequire(import.meta.url);

export function readFontPackage(name: string): FontPackage {
  let dir: string;
  try {
    dir = dirname(require.resolve(`${name}/package.json`));
  } catch {
    throw new FontError("package-not-found", `font package ${name} is not installed (npm install ${name})`, name);
  }
  const metadata = readJson(join(dir, "metadata.json"), name) as {
    id?: string; weights?: number[]; styles?: string[]; defSubset?: string;
  };
  const unicode = readJson(join(dir, "unicode.json"), name) as Record<string, string>;
  if (!metadata.id || !Array.isArray(metadata.weights)) {
    throw new FontError("bad-package", `${name} does not look like a @fontsource package (no id or weights in metadata.json)`, name);
  }
  const subsets = Object.entries(unicode).map(([subset, css]) => ({
    name: subset,
    fileName: subset.replace(/^\[(\d+)\]$/, "$1"),
    ranges: parseUnicodeRange(css),
  }));
  subsets.sort((a, b) => Number(b.name === metadata.defSubset) - Number(a.name === metadata.defSubset));
  return { name, id: metadata.id, dir, subsets, weights: metadata.weights, styles: metadata.styles ?? ["normal"] };
}

/** The file for a subset and style; a package without bold or italic falls back to 400 / normal. */
export function fileForSubset(pkg: FontPackage, subset: FontSubset, style: FontStyle): FontFileRef {
  const weight = style.bold && pkg.weights.includes(700) ? 700 : pkg.weights.includes(400) ? 400 : pkg.weights[0];
  const slant = style.italic && pkg.styles.includes("italic") ? "italic" : "normal";
  const key = `${pkg.id}-${subset.fileName}-${weight}-${slant}`;
  return { key, path: join(pkg.dir, "files", `${key}.woff`) };
}

export function fileExists(ref: FontFileRef): boolean {
  return existsSync(ref.path);
}

function readJson(path: string, pkg: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new FontError("bad-package", `${pkg} has no readable ${path}`, pkg);
  }
}
