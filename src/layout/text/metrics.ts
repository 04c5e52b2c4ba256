// Vertical geometry of text, shared by the layout and both renderers.
//
// THE LINE-PLACEMENT RULE (every text primitive and table cell):
//   L = style.lineHeight (points), p = padding (inches), y = box top (inches).
//   - Line i (0-based) of the block has its top at
//       y + p + (i * L + sum of spaceBefore of the paragraphs started so far) / 72   (inches)
//     spaceBefore is never applied before the block's first paragraph.
//   - Its baseline sits baselineOffset(stack, size, L) points below that top:
//       (L + ascent - descent) / 2, ascent and descent from the twin's hhea table
//     i.e. the glyph box (ascent + descent) is centred in the line slot, the CSS way.
//   - The block is (N * L + sum of spaceBefore) / 72 inches tall, N = number of lines;
//     the box needs that plus 2 * p. valign "middle"/"bottom" shift the whole block
//     inside the box by (h - 2p - block) / 2 or (h - 2p - block).
// The PPTX sets exact line spacing of L points (pptxgenjs `lineSpacing`) and
// the same insets, so PowerPoint's pitch equals the PDF's.
import type { FontStack } from "../../fonts/index.js";

/** Line pitch as a multiple of the font size, the same for every text of the deck. */
export const LINE_HEIGHT_FACTOR = 1.2;

/** Points. Rounded to 0.01 pt: PPTX stores exact spacing in hundredths of a point. */
export function lineHeightFor(size: number): number {
  return Math.round(size * LINE_HEIGHT_FACTOR * 100) / 100;
}

/** Points from the top of a line slot to its baseline. */
export function baselineOffset(stack: FontStack, size: number, lineHeight: number): number {
  return (lineHeight + stack.ascent(size) - stack.descent(size)) / 2;
}

/** Points: height of a block of lines, spaceBefore included (first paragraph's excluded by the caller). */
export function blockHeightPt(lineCounts: readonly number[], spaceBefore: readonly number[], lineHeight: number): number {
  let pt = 0;
  lineCounts.forEach((n, i) => {
    pt += n * lineHeight + (i > 0 ? spaceBefore[i] ?? 0 : 0);
  });
  return pt;
}

/** Inches: the outer height of a box holding `blockPt` points of lines. */
export function boxHeight(blockPt: number, padding: number): number {
  return blockPt / 72 + 2 * padding;
}
