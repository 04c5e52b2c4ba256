// Which file draws a character: the twin's subsets in order, then each fallback
// package; a file qualifies when its unicode-range covers the code point AND the
// font really has the glyph (unicode.json ranges are wider than some files).
import { classifyChar, drawnCodePoint, type CharClass } from "./char-class.js";
import { loadFontFile, type LoadedFontFile } from "./font-file.js";
import { fileExists, fileForSubset, type FontPackage } from "./fontsource-package.js";
import type { FontStyle } from "./types.js";
import { rangesContain } from "./unicode-range.js";

export interface ResolvedChar {
  cls: CharClass;
  /** Code point measured and drawn (spaces are normalised to U+0020). */
  drawn: number;
  /** `drawn` as a string, or the original character when no file has it; "" for zero-width ones. */
  text: string;
  /** Undefined when no file of the stack has the glyph. */
  file: LoadedFontFile | undefined;
  /** Font units of `file` (of the fallback file when none has it: .notdef). */
  advance: number;
}

export type CharResolver = (cp: number, style: FontStyle) => ResolvedChar;

/** `orphanFile(style)` draws (as .notdef) what no file has. */
export function createCharResolver(
  packages: readonly FontPackage[],
  orphanFile: (style: FontStyle) => LoadedFontFile,
): CharResolver {
  // Arrays indexed by code point for the Basic Multilingual Plane: this lookup runs
  // for every character of every string measured, a Map is several times slower.
  const bmp = [0, 1, 2, 3].map(() => new Array<ResolvedChar | undefined>(0x10000));
  const astral = [0, 1, 2, 3].map(() => new Map<number, ResolvedChar>());
  return (cp, style) => {
    const index = (style.bold ? 1 : 0) + (style.italic ? 2 : 0);
    let hit = cp < 0x10000 ? bmp[index][cp] : astral[index].get(cp);
    if (!hit) {
      hit = resolveChar(packages, cp, style, orphanFile);
      if (cp < 0x10000) bmp[index][cp] = hit;
      else astral[index].set(cp, hit);
    }
    return hit;
  };
}

function resolveChar(
  packages: readonly FontPackage[],
  cp: number,
  style: FontStyle,
  orphanFile: (style: FontStyle) => LoadedFontFile,
): ResolvedChar {
  const cls = classifyChar(cp);
  const drawn = drawnCodePoint(cp, cls);
  if (cls === "zero-width") return { cls, drawn, text: "", file: undefined, advance: 0 };
  const file = findFile(packages, drawn, style);
  const text = String.fromCodePoint(file ? drawn : cp);
  return { cls, drawn, text, file, advance: (file ?? orphanFile(style)).advance(drawn) };
}

function findFile(packages: readonly FontPackage[], cp: number, style: FontStyle): LoadedFontFile | undefined {
  for (const pkg of packages) {
    for (const subset of pkg.subsets) {
      if (!rangesContain(subset.ranges, cp)) continue;
      const ref = fileForSubset(pkg, subset, style);
      if (!fileExists(ref)) continue;
      const file = loadFontFile(ref);
      if (file.hasGlyph(cp)) return file;
    }
  }
  return undefined;
}
