// Widths in inches for sizing columns, pills and labels before wrapping.
import type { FontStack, FontStyle } from "../../fonts/index.js";

export type SizedStyle = FontStyle & { /** Points. */ size: number };

/** Inches: advance width of a single line of text. */
export function textWidth(stack: FontStack, text: string, style: SizedStyle): number {
  return stack.measure(text, style) / 72;
}

/** Inches: the widest hard line ("\n"-separated) of the text, unwrapped. */
export function naturalWidth(stack: FontStack, text: string, style: SizedStyle): number {
  return Math.max(0, ...text.split(/\r?\n/).map((line) => textWidth(stack, line, style)));
}

/** Inches: the widest single word, the narrowest a column can get without splitting words. */
export function longestWordWidth(stack: FontStack, text: string, style: SizedStyle): number {
  return Math.max(0, ...text.split(/[ \t\n]+/).map((word) => textWidth(stack, word, style)));
}
