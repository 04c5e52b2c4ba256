// The fontkit font pdfkit embeds for one file of the stack, built once per process.
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import type { FontFile } from "../../fonts/index.js";
import { woffToSfnt } from "./woff-to-sfnt.js";

// fontkit 2.0.4 members pdfkit relies on that src/fonts/fontkit.d.ts does not declare.
interface ShapedRun {
  glyphs: fontkit.Glyph[];
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>;
  advanceWidth: number;
}
interface GlyphWithCodePoints extends fontkit.Glyph {
  codePoints: number[];
}

/**
 * The stack measures plain advances (PowerPoint does not kern body text), so the
 * PDF must not kern, form ligatures or recompose glyphs either, or glyphs would
 * drift from the measured positions. Shaping was also half of the render time.
 * So `layout` maps code points to glyphs and advances, nothing more.
 */
function withPlainLayout(font: fontkit.Font): fontkit.Font {
  const glyphs = new Map<number, GlyphWithCodePoints>();
  const glyphFor = (cp: number): GlyphWithCodePoints => {
    let g = glyphs.get(cp);
    if (!g) glyphs.set(cp, (g = font.glyphForCodePoint(cp) as GlyphWithCodePoints));
    return g;
  };
  const plain = Object.create(font) as fontkit.Font & { layout(text: string): ShapedRun };
  plain.layout = (text: string): ShapedRun => {
    const run: ShapedRun = { glyphs: [], positions: [], advanceWidth: 0 };
    for (const ch of text) {
      const g = glyphFor(ch.codePointAt(0)!);
      run.glyphs.push(g);
      // Fresh objects every call: pdfkit scales positions in place.
      run.positions.push({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
      run.advanceWidth += g.advanceWidth;
    }
    return run;
  };
  return plain;
}

const cache = new Map<string, fontkit.Font>();

export function embeddableFont(file: Pick<FontFile, "key" | "path">): fontkit.Font {
  let font = cache.get(file.key);
  if (!font) {
    const bytes = readFileSync(file.path);
    const isWoff = bytes.toString("latin1", 0, 4) === "wOFF";
    font = withPlainLayout(fontkit.create(isWoff ? woffToSfnt(bytes) : bytes));
    cache.set(file.key, font);
  }
  return font;
}
