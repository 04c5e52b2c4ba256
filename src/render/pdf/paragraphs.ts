// Draws a box's paragraphs: lines already broken by the layout, stacked at the
// IR's line pitch, aligned per paragraph and the block placed per valign.
// Shared by text primitives and table cells.
import type { Align, Paragraph, TextRun, VAlign, Color } from "../../layout/types.js";
import type { PdfDoc, PdfFontStack, PdfRenderContext } from "./context.js";
import { drawLine, measureLine, type LineStyle } from "./text-line.js";
import { baselineOffset } from "../../layout/text/metrics.js";
import { pt } from "./units.js";

export interface ParagraphBox {
  /** Content box after padding (points). */
  x: number;
  y: number;
  w: number;
  h: number;
  align: Align;
  valign: VAlign;
  /** Points. */
  fontSize: number;
  lineHeight: number;
  color: Color;
  bold?: boolean;
  italic?: boolean;
}

/** Height (points) of the paragraphs stacked: every line one pitch, plus the spaces between paragraphs. */
export function blockHeight(paragraphs: Paragraph[], lineHeight: number): number {
  return paragraphs.reduce((h, p, i) => h + (i > 0 ? (p.spaceBefore ?? 0) : 0) + p.lines.length * lineHeight, 0);
}

function blockTop(box: ParagraphBox, height: number): number {
  if (box.valign === "middle") return box.y + (box.h - height) / 2;
  if (box.valign === "bottom") return box.y + box.h - height;
  return box.y;
}

function lineLeft(opts: { box: ParagraphBox; indent: number; align: Align; width: number }): number {
  const { box, indent, align, width } = opts;
  if (align === "center") return box.x + indent + (box.w - indent - width) / 2;
  if (align === "right") return box.x + box.w - width;
  return box.x + indent;
}

function drawBullet(doc: PdfDoc, p: Paragraph, at: { x: number; baseline: number }, style: LineStyle, ctx: PdfRenderContext): void {
  if (!p.bullet) return;
  const run: TextRun = { text: p.bullet.char, color: p.bullet.color };
  drawLine(doc, [run], at, style, ctx);
}

/**
 * baselineOffset per stack, font size and line pitch: a deck has a handful of
 * text styles, and each call read the twin's metrics through fontkit's getters
 * (~300 text boxes and cells per deck). The same call's result, kept: at most
 * a few dozen numbers per stack.
 */
const baselines = new WeakMap<PdfFontStack, Map<number, Map<number, number>>>();

function cachedBaselineOffset(stack: PdfFontStack, size: number, lineHeight: number): number {
  let bySize = baselines.get(stack);
  if (!bySize) baselines.set(stack, (bySize = new Map()));
  let byPitch = bySize.get(size);
  if (!byPitch) bySize.set(size, (byPitch = new Map()));
  let offset = byPitch.get(lineHeight);
  if (offset === undefined) byPitch.set(lineHeight, (offset = baselineOffset(stack, size, lineHeight)));
  return offset;
}

export function drawParagraphs(doc: PdfDoc, paragraphs: Paragraph[], box: ParagraphBox, ctx: PdfRenderContext): void {
  const style: LineStyle = { size: box.fontSize, color: box.color, bold: box.bold, italic: box.italic };
  const toBaseline = cachedBaselineOffset(ctx.stack, box.fontSize, box.lineHeight);
  let top = blockTop(box, blockHeight(paragraphs, box.lineHeight));
  paragraphs.forEach((p, pi) => {
    if (pi > 0) top += p.spaceBefore ?? 0;
    const indent = pt(p.indent ?? 0);
    p.lines.forEach((runs, li) => {
      const baseline = top + toBaseline;
      if (li === 0) drawBullet(doc, p, { x: box.x, baseline }, style, ctx);
      const align = p.align ?? box.align;
      // A left-aligned line starts at the indent whatever its width: only the others are measured.
      const width = align === "left" ? 0 : measureLine(ctx.stack, runs, style);
      const x = lineLeft({ box, indent, align, width });
      drawLine(doc, runs, { x, baseline }, style, ctx);
      top += box.lineHeight;
    });
  });
}
