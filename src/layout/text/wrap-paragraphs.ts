// Wraps every paragraph of a text box at one font size and turns the result into
// IR paragraphs. Shared by the fitting loop and the overflow handling.
import type { FontStack } from "../../fonts/index.js";
import type { Paragraph, TextRun } from "../types.js";
import type { TextBoxInput, TextBoxParagraphInput } from "./text-box-types.js";
import { wrapText } from "./wrap.js";
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
  return input.paragraphs.map((p, i) => {
    const style = { size, bold: p.bold ?? input.bold ?? false, italic: p.italic ?? input.italic ?? false };
    const width = Math.max(0, inner - (p.bullet ? indent : 0));
    const paragraphRun = paragraphDefaults(p);
    const lines = p.runs
      ? wrapRuns(stack, p.runs.map((r) => ({ ...paragraphRun, ...r })), { ...style, width })
      : wrapText(stack, p.text, { ...style, width }).map((line) => [toTextRun(paragraphRun, line)]);
    return { source: p, lines, spaceBefore: i === 0 ? 0 : p.spaceBefore ?? 0, maxPt: width * 72, style };
  });
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
