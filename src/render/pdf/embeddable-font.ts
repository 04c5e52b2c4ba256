// The fontkit font pdfkit embeds for one file of the stack, built once per process.
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import type { FontFile } from "../../fonts/index.js";
import { isWoff, woffToSfnt } from "../../fonts/woff-to-sfnt.js";

/** What pdfkit reads from a laid-out glyph: the id to subset, its advance and the text it stands for. */
export interface PlainGlyph {
  id: number;
  /** Font units. */
  advanceWidth: number;
  codePoints: number[];
}

interface PlainRun {
  glyphs: PlainGlyph[];
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>;
  advanceWidth: number;
}

/** What our fonts add to fontkit's: the glyphs `layout` would return, shared objects, no positions. */
export interface PlainLayout {
  plainGlyphs(text: string): PlainGlyph[];
  /** The glyph `plainGlyphs` gives for one code point. */
  plainGlyph(codePoint: number): PlainGlyph;
}

/**
 * The stack measures plain advances (PowerPoint does not kern body text), so the
 * PDF must not kern, form ligatures or recompose glyphs either, or glyphs would
 * drift from the measured positions. Shaping was also half of the render time.
 * So `layout` maps code points to glyphs and advances, nothing more.
 * The glyphs are our own objects: fontkit caches one Glyph per id with the code
 * points of whoever asked first, and pdfkit's subsetter asks for composite
 * components by id alone, so a fontkit glyph could reach the ToUnicode map with
 * no text (an apostrophe extracted as a space, depending on earlier decks).
 */
function withPlainLayout(font: fontkit.Font): fontkit.Font {
  const glyphs = new Map<number, PlainGlyph>();
  const glyphFor = (cp: number): PlainGlyph => {
    let g = glyphs.get(cp);
    if (!g) {
      const id = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).id : 0;
      g = { id, advanceWidth: advanceOf(font, id), codePoints: [cp] };
      glyphs.set(cp, g);
    }
    return g;
  };
  const plain = Object.create(font) as fontkit.Font & PlainLayout & { layout(text: string): PlainRun };
  plain.plainGlyphs = (text: string): PlainGlyph[] => {
    const out: PlainGlyph[] = [];
    for (const ch of text) out.push(glyphFor(ch.codePointAt(0)!));
    return out;
  };
  plain.plainGlyph = glyphFor;
  plain.getGlyph = withDecodeOnce(font);
  plain.layout = (text: string): PlainRun => {
    const run: PlainRun = { glyphs: [], positions: [], advanceWidth: 0 };
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

/**
 * pdfkit subsets the font anew for every document, and fontkit's subsetter
 * re-parses each glyph's outline to find composite components. The parse of a
 * glyph never changes, so it is done once per process.
 */
function withDecodeOnce(font: fontkit.Font): fontkit.Font["getGlyph"] {
  const seen = new WeakSet<object>();
  return (id: number, codePoints?: number[]) => {
    const glyph = (font.getGlyph as (id: number, cps?: number[]) => fontkit.Glyph & { _decode(): unknown })(id, codePoints);
    if (!seen.has(glyph)) {
      const decode = glyph._decode.bind(glyph);
      let decoded: unknown;
      let done = false;
      glyph._decode = () => (done ? decoded : ((done = true), (decoded = decode())));
      seen.add(glyph);
    }
    return glyph;
  };
}

/** Font units, from hmtx: glyphs past the table's last entry share its advance. */
function advanceOf(font: fontkit.Font, id: number): number {
  const metrics = font.hmtx.metrics;
  return (metrics.get(id) ?? metrics.get(metrics.length - 1))?.advance ?? 0;
}

const cache = new Map<string, fontkit.Font>();

export function embeddableFont(file: Pick<FontFile, "key" | "path">): fontkit.Font {
  let font = cache.get(file.path);
  if (!font) {
    const bytes = readFileSync(file.path);
    // The same unwrapping as the stack's, for the same reason: fontkit re-inflates WOFF tables on every glyph read.
    font = withPlainLayout(fontkit.create(isWoff(bytes) ? woffToSfnt(bytes) : bytes));
    cache.set(file.path, font);
  }
  return font;
}
