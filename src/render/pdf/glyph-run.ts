// Writes one run of text in the document's current font and size, the very
// operators pdfkit's `text(s, x, y, { lineBreak: false, baseline: "alphabetic" })`
// writes, without its per-call overhead: option merging, a line split and two
// measurements of the string whose results that call never uses. Text drawing
// was the largest part of the PDF render. Anything unusual goes through pdfkit.
import type { PdfDoc } from "./context.js";
import { encodePlain, type EmbeddedFontInternals, type PlainEncoding } from "./plain-encode.js";
import { pdfNumber } from "./pdf-number.js";

/** The pdfkit 0.20.2 internals `_fragment` itself uses. */
interface PdfkitInternals {
  x: number;
  y: number;
  page: { height: number; fonts: Record<string, unknown> };
  _fontSize: number;
  _font: {
    id: string;
    ref(): unknown;
    encode(text: string): [string[], Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }>];
  };
  addContent(op: string): unknown;
}

/**
 * Each document font's encodings so far, by text. The subset ids of a text's
 * glyphs never change once included, so a text drawn again in the same
 * document (a label, a name, a footer: a third of a deck's runs) is encoded
 * once; its glyphs' widths and ToUnicode entries were recorded the first time.
 * Held by the font object, so it goes with its document.
 */
const encodings = new WeakMap<EmbeddedFontInternals, Map<string, PlainEncoding | undefined>>();

function encodePlainOnce(font: EmbeddedFontInternals, text: string): PlainEncoding | undefined {
  let byText = encodings.get(font);
  if (!byText) encodings.set(font, (byText = new Map()));
  let plain = byText.get(text);
  if (plain === undefined && !byText.has(text)) {
    plain = encodePlain(font, text);
    byText.set(text, plain);
  }
  return plain;
}

/** A number as pdfkit writes it; fontkit's glyph advances and offsets are always finite. */
function num(n: number): string {
  return pdfNumber(n) ?? String(n);
}

/**
 * Draws `text` with its left end at `x` and its baseline at `baseline` (points,
 * top-left origin). Byte for byte what pdfkit's text() writes for these options.
 */
export function drawGlyphRun(doc: PdfDoc, text: string, x: number, baseline: number): void {
  const ops = glyphRunOps(doc, text, x, baseline);
  if (ops === undefined) doc.text(text, x, baseline, { lineBreak: false, baseline: "alphabetic" });
  else if (ops !== "") (doc as unknown as PdfkitInternals).addContent(ops);
}

/**
 * What drawGlyphRun writes, returned instead of written (so a caller can write
 * it with the run's colour in one go): the document's state (position, page
 * fonts, subset) is updated as drawGlyphRun does. "" when nothing is drawn;
 * undefined, with nothing done, when pdfkit's text() must draw the run.
 */
export function glyphRunOps(doc: PdfDoc, text: string, x: number, baseline: number): string | undefined {
  const d = doc as unknown as PdfkitInternals;
  if (!d._font || typeof d._font.encode !== "function" || text.includes("\n")) return undefined;
  if (text.length === 0) {
    d.x = x;
    d.y = baseline;
    return "";
  }
  const font = d._font;
  const y = d.page.height - baseline;
  // Every number first: one pdfkit refuses sends the run to its text(), which throws.
  const heightText = pdfNumber(d.page.height);
  const sizeText = pdfNumber(d._fontSize);
  const xText = pdfNumber(x);
  const yText = pdfNumber(y);
  if (heightText === undefined || sizeText === undefined || xText === undefined || yText === undefined) return undefined;
  d.x = x;
  d.y = baseline;
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
  const plain = encodePlainOnce(font as unknown as EmbeddedFontInternals, text);
  if (plain) {
    // A plain run has no kerning gap and no offset glyph: one TJ segment ending in a zero gap.
    d.x = x + plain.advance * (d._fontSize / 1000);
    return `q\n1 0 0 -1 0 ${heightText} cm\nBT\n1 0 0 1 ${xText} ${yText} Tm\n/${font.id} ${sizeText} Tf\n[<${plain.hex}> 0] TJ\nET\nQ`;
  }
  const [encoded, positions] = font.encode(text);
  // pdfkit writes each operator as its own chunk ("op\n"); one chunk of the same
  // lines is the same bytes for a fraction of the allocations. The save / flip /
  // restore pdfkit does around the text leaves its matrix stack as it was, so
  // only the operators are written here.
  const ops = ["q", `1 0 0 -1 0 ${heightText} cm`, "BT", `1 0 0 1 ${xText} ${yText} Tm`, `/${font.id} ${sizeText} Tf`];
  writeShowText(ops, encoded, positions, { x, y, scale: d._fontSize / 1000 });
  ops.push("ET", "Q");
  d.x = x + positions.reduce((w, p) => w + p.xAdvance, 0) * (d._fontSize / 1000);
  return ops.join("\n");
}

/** The TJ arrays of `_fragment`: kerning-style gaps inline, glyph offsets as fresh text matrices. */
function writeShowText(
  ops: string[],
  encoded: string[],
  positions: ReturnType<PdfkitInternals["_font"]["encode"]>[1],
  at: { x: number; y: number; scale: number },
): void {
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  let x = at.x;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const advance = positions[cur - 1].xAdvance - positions[cur - 1].advanceWidth;
      commands.push(`<${encoded.slice(last, cur).join("")}> ${num(-advance)}`);
    }
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (commands.length > 0) {
      ops.push(`[${commands.join(" ")}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i];
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      ops.push(`1 0 0 1 ${num(x + pos.xOffset * at.scale)} ${num(at.y + pos.yOffset * at.scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        ops.push(`1 0 0 1 ${num(x)} ${num(at.y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * at.scale;
  }
  flush(i);
}
