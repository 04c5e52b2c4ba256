// Wraps every paragraph of a text box at one font size and turns the result into
// IR paragraphs. Shared by the fitting loop and the overflow handling.
import type { FontStack } from "../../fonts/index.js";
import type { Paragraph, TextRun } from "../types.js";
import type { TextBoxInput, TextBoxParagraphInput } from "./text-box-types.js";
import { wrapTextShared } from "./wrap.js";
import { toTextRun, wrapRuns, type RunInput } from "./wrap-runs.js";

/** Inches between a bullet's left edge and its text. */
export const BULLET_INDENT = 0.22;
export const BULLET_CHAR = "•";

export interface WrappedParagraph {
  source: TextBoxParagraphInput;
  /** Visual lines, each a non-empty list of IR runs. */
  lines: TextRun[][];
  /** Points; 0 on the first paragraph. */
  spaceBefore: number;
  /** Points available to each line. */
  maxPt: number;
  style: { size: number; bold: boolean; italic: boolean };
}

export function wrapParagraphs(stack: FontStack, input: TextBoxInput, size: number): WrappedParagraph[] {
  const inner = input.w - 2 * input.padding;
  const indent = input.bulletIndent ?? BULLET_INDENT;
  const out = new Array<WrappedParagraph>(input.paragraphs.length);
  for (let i = 0; i < out.length; i++) out[i] = wrapParagraph(stack, input, i, size, inner, indent);
  return out;
}

/**
 * Paragraph `i` of the box wrapped at `size`; `inner` is the box's width inside
 * its padding, `indent` its bullet indent. The fitting loop of text-box.ts calls
 * it paragraph by paragraph so it can stop at the first one that overflows.
 */
export function wrapParagraph(stack: FontStack, input: TextBoxInput, i: number, size: number, inner: number, indent: number): WrappedParagraph {
  const p = input.paragraphs[i];
  const bold = p.bold ?? input.bold ?? false;
  const italic = p.italic ?? input.italic ?? false;
  const style = { size, bold, italic };
  const width = Math.max(0, inner - (p.bullet ? indent : 0));
  const paragraphRun = paragraphDefaults(p);
  let lines: TextRun[][];
  if (p.runs) {
    lines = wrapRuns(stack, p.runs.map((r) => ({ ...paragraphRun, ...r })), { size, bold, italic, width });
  } else {
    // The memo's own lines, read and never kept: each becomes a new IR run.
    const texts = wrapTextShared(stack, p.text, { size, bold, italic, width });
    lines = new Array<TextRun[]>(texts.length);
    for (let j = 0; j < texts.length; j++) lines[j] = [toTextRun(paragraphRun, texts[j])];
  }
  return { source: p, lines, spaceBefore: i === 0 ? 0 : p.spaceBefore ?? 0, maxPt: width * 72, style };
}

/** What a paragraph sets for all its runs (a run's own values win). */
function paragraphDefaults(p: TextBoxParagraphInput): RunInput {
  return { text: "", bold: p.bold, italic: p.italic, color: p.color, link: p.link };
}

/** Points: lines and spaceBefore of the given paragraphs. */
export function wrappedHeightPt(paragraphs: readonly WrappedParagraph[], lineHeight: number): number {
  return paragraphs.reduce((pt, p, i) => pt + p.lines.length * lineHeight + (i === 0 ? 0 : p.spaceBefore), 0);
}

export function toIrParagraph(p: WrappedParagraph, input: TextBoxInput): Paragraph {
  const out: Paragraph = { lines: p.lines };
  if (p.source.bullet) {
    out.bullet = { char: BULLET_CHAR };
    out.indent = input.bulletIndent ?? BULLET_INDENT;
  }
  if (p.spaceBefore > 0) out.spaceBefore = p.spaceBefore;
  return out;
}

export const lineText = (line: readonly TextRun[]): string => line.map((r) => r.text).join("");
