// Greedy line breaking on measured widths. A line is never wider than the width
// asked for; a word is split between characters only when it alone is wider.
import type { FontStack, FontStyle } from "../../fonts/index.js";
import { unitWidth } from "./atom-widths.js";
import { breakHardLine } from "./line-breaker.js";
import { memoWrap } from "./wrap-memo.js";

export interface WrapOptions extends FontStyle {
  /** Points. */
  size: number;
  /** Inches. */
  width: number;
}

/**
 * Points kept free at the end of each line: PowerPoint lays out Calibri on its own
 * grid, and a line measured exactly at the box width could wrap again there.
 */
export const WRAP_SAFETY_PT = 0.5;

/** The visual lines of `text`; explicit "\n" are hard breaks. Always at least one line. */
export function wrapText(stack: FontStack, text: string, opts: WrapOptions): string[] {
  // A copy: callers may edit their lines (ellipsis) without corrupting the memo.
  return wrapTextShared(stack, text, opts).slice();
}

/**
 * wrapText's lines as the memo holds them, with no copy: for callers that only
 * read them (count them, or map them to new runs) and never keep or edit the array.
 */
export function wrapTextShared(stack: FontStack, text: string, opts: WrapOptions): readonly string[] {
  return memoWrap(stack, text, opts, () => {
    const maxPt = Math.max(0, opts.width * 72 - WRAP_SAFETY_PT);
    const width = (s: string) => unitWidth(stack, s, opts) * opts.size;
    // A tab would jump to PowerPoint's next tab stop but be a space in the PDF: make it a space in both.
    return text
      .normalize("NFC")
      .replace(/\t/g, " ")
      .split(/\r\n?|\n/)
      .flatMap((hard) => breakHardLine(hard, maxPt, (a, b) => width(hard.slice(a, b))).map((r) => hard.slice(r.start, r.end)));
  });
}
