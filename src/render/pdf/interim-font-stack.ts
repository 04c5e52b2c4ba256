// INTERIM stand-in for src/fonts (the text engineer's getFontStack), with the same
// shape, so the renderer can be built and tested before the real stack lands.
// Delete once src/fonts/ exists and render-pdf.ts imports it instead.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
// fontkit ships no types; only the members used here are described.
const fontkit = require("fontkit") as { openSync(path: string): InterimFont };

export interface InterimFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(cp: number): boolean;
  layout(text: string): { advanceWidth: number };
}

export interface InterimRun {
  text: string;
  key: string;
  file: { key: string; path: string; font: InterimFont };
}

interface Candidate {
  key: string;
  path: string;
  ranges: Array<[number, number]>;
  font?: InterimFont;
}

function parseRanges(spec: string): Array<[number, number]> {
  return spec.split(",").map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
  });
}

function candidatesOf(pkg: string, weight: number, style: string): Candidate[] {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  const name = pkg.split("/").pop()!;
  const unicode = JSON.parse(readFileSync(join(dir, "unicode.json"), "utf8")) as Record<string, string>;
  return Object.entries(unicode).map(([subset, spec]) => {
    const sub = subset.replace(/^\[(\d+)\]$/, "$1");
    const key = `${name}-${sub}-${weight}-${style}`;
    return { key, path: join(dir, "files", `${key}.woff`), ranges: parseRanges(spec) };
  });
}

export function getInterimFontStack(fonts: { twin: string; fallbacks: string[] }) {
  const lists = new Map<string, Candidate[]>();
  const listFor = (bold: boolean, italic: boolean): Candidate[] => {
    const id = `${bold}-${italic}`;
    if (!lists.has(id)) {
      const weight = bold ? 700 : 400;
      const twin = candidatesOf(fonts.twin, weight, italic ? "italic" : "normal");
      const rest = fonts.fallbacks.flatMap((p) => candidatesOf(p, weight, "normal"));
      lists.set(id, [...twin, ...rest]);
    }
    return lists.get(id)!;
  };
  const fileFor = (cp: number, style: { bold?: boolean; italic?: boolean }): Candidate | undefined => {
    for (const c of listFor(!!style.bold, !!style.italic)) {
      if (!c.ranges.some(([a, b]) => cp >= a && cp <= b)) continue;
      c.font ??= fontkit.openSync(c.path);
      if (c.font.hasGlyphForCodePoint(cp)) return c;
    }
    return undefined;
  };
  const segment = (text: string, style: { bold?: boolean; italic?: boolean } = {}): InterimRun[] => {
    const runs: InterimRun[] = [];
    for (const ch of text) {
      const c = fileFor(ch.codePointAt(0)!, style) ?? fileFor(0x20, style)!;
      const last = runs[runs.length - 1];
      if (last && last.key === c.key) last.text += ch;
      else runs.push({ text: ch, key: c.key, file: { key: c.key, path: c.path, font: c.font! } });
    }
    return runs;
  };
  const measure = (text: string, style: { size: number; bold?: boolean; italic?: boolean }): number =>
    segment(text, style).reduce((w, r) => w + (r.file.font.layout(r.text).advanceWidth / r.file.font.unitsPerEm) * style.size, 0);
  const missing = (text: string, style: { bold?: boolean; italic?: boolean } = {}): string[] =>
    [...new Set([...text].filter((ch) => !/\s/.test(ch) && !fileFor(ch.codePointAt(0)!, style)))];
  return { segment, measure, missing };
}
