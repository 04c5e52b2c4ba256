// Wraps every paragraph of a text box at one font size and turns the result into
// IR paragraphs. Shared by the fitting loop and the overflow handling.
import type { FontStack } from "../../fonts/index.js";
import type { Paragraph, TextRun } from "../types.js";
import type { TextBoxInput, TextBoxParagraphInput } from "./text-box-types.js";
import { wrapText } from "./wrap.js";

/** Inches between a bullet's left edge and its text. */
export const BULLET_INDENT = 0.22;
export const BULLET_CHAR = "•";

export interface WrappedParagraph {
  source: TextBoxParagraphInput;
  lines: string[];
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
    return {
      source: p,
      lines: wrapText(stack, p.text, { ...style, width }),
      spaceBefore: i === 0 ? 0 : p.spaceBefore ?? 0,
      maxPt: width * 72,
      style,
    };
  });
}

/** Points: lines and spaceBefore of the given paragraphs. */
export function wrappedHeightPt(paragraphs: readonly WrappedParagraph[], lineHeight: number): number {
  return paragraphs.reduce((pt, p, i) => pt + p.lines.length * lineHeight + (i === 0 ? 0 : p.spaceBefore), 0);
}

export function toIrParagraph(p: WrappedParagraph, input: TextBoxInput): Paragraph {
  const { source } = p;
  const run = (text: string): TextRun => ({
    text,
    ...(source.bold !== undefined ? { bold: source.bold } : {}),
    ...(source.italic !== undefined ? { italic: source.italic } : {}),
    ...(source.color ? { color: source.color } : {}),
    ...(source.link ? { link: source.link } : {}),
  });
  return {
    lines: p.lines.map((line) => [run(line)]),
    ...(source.bullet ? { bullet: { char: BULLET_CHAR }, indent: input.bulletIndent ?? BULLET_INDENT } : {}),
    ...(p.spaceBefore > 0 ? { spaceBefore: p.spaceBefore } : {}),
  };
}
