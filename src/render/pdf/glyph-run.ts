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

/**
 * The last font encoded with and its encodings: runs mostly follow runs in the
 * same font, and the WeakMap lookup was a visible share of a run. (Holds the
 * last document's font, so that one document, until the next draws text.)
 */
let lastFont: EmbeddedFontInternals | undefined;
let lastEncodings: Map<string, PlainEncoding | undefined> | undefined;

function encodePlainOnce(font: EmbeddedFontInternals, text: string): PlainEncoding | undefined {
  let byText = font === lastFont ? lastEncodings : encodings.get(font);
  if (!byText) encodings.set(font, (byText = new Map()));
  lastFont = font;
  lastEncodings = byText;
  let plain = byText.get(text);
  if (plain === undefined && !byText.has(text)) {
    plain = encodePlain(font, text);
    byText.set(text, plain);
  }
  return plain;
}

/** pdfkit's number formatting (PDFObject.number): six decimals at most. */
function num(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * What a run's lines are up to its position, `q / 1 0 0 -1 0 <page height> cm
 * / BT / 1 0 0 1 `, kept for the last page height (a deck has one); undefined
 * for a height pdfkit refuses.
 */
let headHeight = NaN;
let head = "";
function runHead(pageHeight: number): string | undefined {
  if (pageHeight !== headHeight) {
    const h = pdfNumber(pageHeight);
    if (h === undefined) return undefined;
    head = `q\n1 0 0 -1 0 ${h} cm\nBT\n1 0 0 1 `;
    headHeight = pageHeight;
  }
  return head;
}

/**
 * What follows a run's position up to its glyphs, ` Tm / /<font id> <size> Tf
 * / [<`, per font size and font id (a deck has a handful of each; ids restart
 * at F2 in every document, so the set stays small); undefined for a size
 * pdfkit refuses.
 */
const fontParts = new Map<number, Map<string, string>>();
const MAX_FONT_SIZES = 256;
function runFontPart(fontId: string, size: number): string | undefined {
  let byId = fontParts.get(size);
  if (!byId) {
    if (pdfNumber(size) === undefined) return undefined;
    if (fontParts.size >= MAX_FONT_SIZES) fontParts.clear();
    fontParts.set(size, (byId = new Map()));
  }
  let part = byId.get(fontId);
  if (part === undefined) byId.set(fontId, (part = ` Tm\n/${fontId} ${pdfNumber(size)!} Tf\n[<`));
  return part;
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
  const head = runHead(d.page.height);
  const fontPart = runFontPart(font.id, d._fontSize);
  const xText = pdfNumber(x);
  const yText = pdfNumber(y);
  if (head === undefined || fontPart === undefined || xText === undefined || yText === undefined) return undefined;
  d.x = x;
  d.y = baseline;
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
  const plain = encodePlainOnce(font as unknown as EmbeddedFontInternals, text);
  if (plain) {
    // A plain run has no kerning gap and no offset glyph: one TJ segment ending in a zero gap.
    d.x = x + plain.advance * (d._fontSize / 1000);
    return `${head}${xText} ${yText}${fontPart}${plain.hex}> 0] TJ\nET\nQ`;
  }
  const [encoded, positions] = font.encode(text);
  // pdfkit writes each operator as its own chunk ("op\n"); one chunk of the same
  // lines is the same bytes for a fraction of the allocations. The save / flip /
  // restore pdfkit does around the text leaves its matrix stack as it was, so
  // only the operators are written here.
  const ops = ["q", `1 0 0 -1 0 ${num(d.page.height)} cm`, "BT", `1 0 0 1 ${xText} ${yText} Tm`, `/${font.id} ${num(d._fontSize)} Tf`];
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
