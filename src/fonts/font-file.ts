// One parsed font file with per-code-point caches: measuring runs for every string
// of every deck of a batch, so each glyph lookup is done once per process.
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { FontError } from "./errors.js";
import type { FontFileRef } from "./fontsource-package.js";
import type { FontFile } from "./types.js";
import { isWoff, woffToSfnt } from "./woff-to-sfnt.js";

export interface LoadedFontFile extends FontFile {
  unitsPerEm: number;
  hasGlyph(codePoint: number): boolean;
  /** Advance of the glyph drawn for the code point, font units (.notdef's when absent). */
  advance(codePoint: number): number;
}

const loaded = new Map<string, LoadedFontFile>();

export function loadFontFile(ref: FontFileRef): LoadedFontFile {
  const cached = loaded.get(ref.path);
  if (cached) return cached;
  let font: fontkit.Font;
  try {
    const bytes = readFileSync(ref.path);
    font = fontkit.create(isWoff(bytes) ? woffToSfnt(bytes) : bytes);
  } catch (err) {
    throw new FontError("unreadable-file", `cannot read font file ${ref.path}: ${(err as Error).message}`, ref.path);
  }
  const file = wrapFont(ref, font);
  loaded.set(ref.path, file);
  return file;
}

function wrapFont(ref: FontFileRef, font: fontkit.Font): LoadedFontFile {
  const has = new Map<number, boolean>();
  const advances = new Map<number, number>();
  const hasGlyph = (cp: number): boolean => {
    let v = has.get(cp);
    if (v === undefined) has.set(cp, (v = safeHasGlyph(font, cp)));
    return v;
  };
  return {
    key: ref.key,
    path: ref.path,
    font,
    unitsPerEm: font.unitsPerEm,
    hasGlyph,
    advance(cp) {
      let v = advances.get(cp);
      if (v === undefined) {
        v = glyphAdvance(font, hasGlyph(cp) ? safeGlyphId(font, cp) : 0);
        advances.set(cp, v);
      }
      return v;
    },
  };
}

// Read hmtx directly: Glyph.advanceWidth also computes a bounding box, which throws
// on the empty no-break-space glyph of @fontsource's .woff files.
function glyphAdvance(font: fontkit.Font, glyphId: number): number {
  const metrics = font.hmtx.metrics;
  const metric = glyphId < metrics.length ? metrics.get(glyphId) : metrics.get(metrics.length - 1);
  return metric?.advance ?? 0;
}

// A file whose unicode-range claims a code point its cmap cannot answer (noto-sans-sc's
// subset [101] claims Devanagari letters; a damaged table throws inside fontkit) simply
// does not draw it: the stack then tries the next file or reports the character missing.
function safeHasGlyph(font: fontkit.Font, cp: number): boolean {
  try {
    return font.hasGlyphForCodePoint(cp);
  } catch {
    return false;
  }
}

function safeGlyphId(font: fontkit.Font, cp: number): number {
  try {
    return font.glyphForCodePoint(cp).id;
  } catch {
    return 0;
  }
}
