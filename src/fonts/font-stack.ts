// The font stack: the twin of the theme font plus fallback packages, resolving
// every character to the file that draws it. Layout measures with it and the PDF
// renderer draws its segments, so both agree on every advance.
import { createCharResolver, type CharResolver } from "./char-resolver.js";
import { FontError } from "./errors.js";
import { loadFontFile, type LoadedFontFile } from "./font-file.js";
import { fileExists, fileForSubset, readFontPackage, type FontPackage } from "./fontsource-package.js";
import type { FontsConfig, FontSegment, FontStack, FontStyle } from "./types.js";

interface WalkStep {
  file: LoadedFontFile;
  /** Text to draw for this character ("" for zero-width characters). */
  draw: string;
  /** Font units of `file`. */
  advance: number;
  missing: boolean;
}

export function createFontStack(config: FontsConfig): FontStack {
  const twin = readFontPackage(config.twin);
  const packages = [twin, ...config.fallbacks.map(readFontPackage)];
  const resolve = createCharResolver(packages);
  const primary = (style: FontStyle) => loadFontFile(fileForSubset(twin, twin.subsets[0], style));
  const metrics = primary({}).font;
  const perEm = (units: number, size: number) => (units * size) / metrics.unitsPerEm;

  return {
    face: config.face,
    segment(text, style = {}) {
      const out: FontSegment[] = [];
      walk(text, style, resolve, primary, (step) => {
        const last = out[out.length - 1];
        if (last && last.file === step.file) last.text += step.draw;
        else out.push({ text: step.draw, key: step.file.key, file: step.file });
      });
      return out.filter((s) => s.text !== "");
    },
    measure(text, style) {
      let points = 0;
      walk(text, style, resolve, primary, (step) => {
        points += (step.advance * style.size) / step.file.unitsPerEm;
      });
      return points;
    },
    missing(text, style = {}) {
      const seen = new Set<string>();
      walk(text, style, resolve, primary, (step) => {
        if (step.missing) seen.add(step.draw);
      });
      return [...seen];
    },
    ascent: (size) => perEm(metrics.ascent, size),
    descent: (size) => perEm(-metrics.descent, size),
    lineGap: (size) => perEm(metrics.lineGap, size),
    fontFor: (key) => fileForKey(packages, key),
  };
}

// Spaces and combining marks stay in the current run when its file has them, so a
// Chinese phrase with spaces stays one run and an accent stays on its letter.
function walk(
  text: string,
  style: FontStyle,
  resolve: CharResolver,
  primary: (style: FontStyle) => LoadedFontFile,
  visit: (step: WalkStep) => void,
): void {
  let current: LoadedFontFile | undefined;
  // NFC first: a decomposed "é" (e + U+0301) becomes the one glyph the twin has.
  for (const ch of text.normalize("NFC")) {
    const cp = ch.codePointAt(0)!;
    const r = resolve(cp, style);
    if (r.cls === "zero-width") {
      visit({ file: current ?? primary(style), draw: "", advance: 0, missing: false });
      continue;
    }
    const sticky = (r.cls === "space" || r.cls === "mark") && current?.hasGlyph(r.drawn);
    const file = sticky ? current! : r.file ?? primary(style);
    const draw = String.fromCodePoint(r.drawn);
    visit({ file, draw: r.file || sticky ? draw : ch, advance: file.advance(r.drawn), missing: !r.file && !sticky });
    current = file;
  }
}

function fileForKey(packages: readonly FontPackage[], key: string) {
  for (const pkg of packages) {
    if (!key.startsWith(`${pkg.id}-`)) continue;
    for (const subset of pkg.subsets) {
      for (const style of [{}, { bold: true }, { italic: true }, { bold: true, italic: true }]) {
        const ref = fileForSubset(pkg, subset, style);
        if (ref.key === key && fileExists(ref)) return loadFontFile(ref);
      }
    }
  }
  throw new FontError("unknown-key", `no font file ${key} in ${packages.map((p) => p.name).join(", ")}`, key);
}
