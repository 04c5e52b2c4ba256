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
  // The twin's default-subset file per style: draws what nobody has (.notdef) and gives vertical metrics.
  const primaries = [{}, { bold: true }, { italic: true }, { bold: true, italic: true }].map((style) =>
    loadFontFile(fileForSubset(twin, twin.subsets[0], style)),
  );
  const primary = (style: FontStyle) => primaries[(style.bold ? 1 : 0) + (style.italic ? 2 : 0)];
  const resolve = createCharResolver(packages, primary);
  // Per style, the BMP code points canDrawAll has found drawable (1): every laid-out
  // text of every slide goes through it, and a byte is cheaper than asking resolve().
  const drawable = [0, 1, 2, 3].map(() => new Uint8Array(0x10000));
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
    canDrawAll(text, style = {}) {
      // missing() without its bookkeeping: a character can only be missing when it
      // resolves to no file (zero-width ones never are), so if every one resolves, none is.
      const s = isStableUnderNfc(text) ? text : text.normalize("NFC");
      const known = drawable[(style.bold ? 1 : 0) + (style.italic ? 2 : 0)];
      for (let i = 0; i < s.length; i++) {
        const cp = s.codePointAt(i)!;
        if (cp > 0xffff) i++;
        else if (known[cp] === 1) continue;
        const r = resolve(cp, style);
        if (!r.file && r.cls !== "zero-width") return false;
        if (cp <= 0xffff) known[cp] = 1;
      }
      return true;
    },
    ascent: (size) => perEm(metrics.ascent, size),
    descent: (size) => perEm(-metrics.descent, size),
    lineGap: (size) => perEm(metrics.lineGap, size),
    fontFor: (key) => fileForKey(packages, key),
  };
}

// Spaces and combining marks stay in the current run when its file has them, so a
// Chinese phrase with spaces stays one run and an accent stays on its letter.
// Hot path (every string of every deck): no allocation per character.
function walk(
  text: string,
  style: FontStyle,
  resolve: CharResolver,
  primary: (style: FontStyle) => LoadedFontFile,
  visit: (step: WalkStep) => void,
): void {
  const step: WalkStep = { file: primary(style), draw: "", advance: 0, missing: false };
  let current: LoadedFontFile | undefined;
  // NFC first: a decomposed "é" (e + U+0301) becomes the one glyph the twin has.
  const s = isStableUnderNfc(text) ? text : text.normalize("NFC");
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const r = resolve(cp, style);
    if (r.cls === "zero-width") {
      step.file = current ?? primary(style);
      step.draw = "";
      step.advance = 0;
      step.missing = false;
    } else {
      const sticky = (r.cls === "space" || r.cls === "mark") && current !== undefined && current.hasGlyph(r.drawn);
      step.file = sticky ? current! : r.file ?? primary(style);
      step.draw = sticky && !r.file ? String.fromCodePoint(r.drawn) : r.text;
      step.advance = sticky ? step.file.advance(r.drawn) : r.advance;
      step.missing = !sticky && !r.file;
      current = step.file;
    }
    visit(step);
  }
}

/**
 * Whether NFC leaves `text` as it is, decided without normalising (which copies the
 * string through ICU, the dearest step of measuring a French line): true when every
 * character is below U+0300 (Latin, before the combining marks) or a punctuation mark
 * (U+2010-205E: dashes, quotes, "…", U+202F) or a currency sign (U+20A0-20C0, "€").
 * None of these is a mark, each is its own NFC, and no two of them compose
 * (test/fonts/nfc-stable.test.ts checks all three).
 */
export function isStableUnderNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300 || (c >= 0x2010 && c <= 0x205e) || (c >= 0x20a0 && c <= 0x20c0)) continue;
    return false;
  }
  return true;
}

/** The ranges isStableUnderNfc accepts, for its test. */
export const NFC_STABLE_RANGES: ReadonlyArray<readonly [number, number]> = [[0, 0x2ff], [0x2010, 0x205e], [0x20a0, 0x20c0]];

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
