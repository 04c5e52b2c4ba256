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
  /** Undefined when no file of the stack has the glyph. */
  file: LoadedFontFile | undefined;
}

export type CharResolver = (cp: number, style: FontStyle) => ResolvedChar;

export function createCharResolver(packages: readonly FontPackage[]): CharResolver {
  const caches = [0, 1, 2, 3].map(() => new Map<number, ResolvedChar>());
  return (cp, style) => {
    const cache = caches[(style.bold ? 1 : 0) + (style.italic ? 2 : 0)];
    let hit = cache.get(cp);
    if (!hit) {
      const cls = classifyChar(cp);
      const drawn = drawnCodePoint(cp, cls);
      hit = { cls, drawn, file: cls === "zero-width" ? undefined : findFile(packages, drawn, style) };
      cache.set(cp, hit);
    }
    return hit;
  };
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
