// Fits a text box: the largest size (in 0.5 pt steps, down to minSize) at which
// every paragraph fits; otherwise the overflow is reported (and cut with "…"
// when asked) so the caller can continue on a continuation slide.
import type { FontStack } from "../../fonts/index.js";
import { ELLIPSIS, ellipsizeRuns } from "./ellipsis.js";
import type { TextRun } from "../types.js";
import { boxHeight, lineHeightFor } from "./metrics.js";
import type { TextBoxInput, TextBoxResult } from "./text-box-types.js";
import { WRAP_SAFETY_PT } from "./wrap.js";
import { BULLET_INDENT, lineText, toIrParagraph, wrapParagraph, wrapParagraphs, wrappedHeightPt, type WrappedParagraph } from "./wrap-paragraphs.js";
import { withFields } from "../with-fields.js";

// Float noise only: a block exactly as tall as the box fits.
const EPS_PT = 1e-6;
export const SIZE_STEP = 0.5;

export function layoutTextBox(stack: FontStack, input: TextBoxInput): TextBoxResult {
  const availPt = (input.h - 2 * input.padding) * 72;
  const maxLines = input.maxLinesPerParagraph ?? Infinity;
  const inner = input.w - 2 * input.padding;
  const indent = input.bulletIndent ?? BULLET_INDENT;
  const count = input.paragraphs.length;
  for (const size of candidateSizes(input.size, input.minSize)) {
    const lineHeight = lineHeightFor(size);
    // Paragraph by paragraph, the height summed in wrappedHeightPt's order (the same
    // float), stopping at the first paragraph past maxLines or past the box: every
    // later term is >= 0, so the sum could only grow. The next size is tried at once.
    const wrapped = new Array<WrappedParagraph>(count);
    let heightPt = 0;
    let fits = true;
    for (let i = 0; i < count; i++) {
      const p = wrapParagraph(stack, input, i, size, inner, indent);
      wrapped[i] = p;
      heightPt = heightPt + p.lines.length * lineHeight + (i === 0 ? 0 : p.spaceBefore);
      if (p.lines.length > maxLines || (heightPt > availPt + EPS_PT && restNonNegative(input, i + 1))) {
        fits = false;
        break;
      }
    }
    if (fits && heightPt <= availPt + EPS_PT) {
      return {
        paragraphs: wrapped.map((p) => toIrParagraph(p, input)),
        size,
        lineHeight,
        height: boxHeight(heightPt, input.padding),
        fits: true,
        truncated: false,
      };
    }
  }
  return overflow(stack, input, availPt, maxLines);
}

/** Whether no paragraph from `from` on would add a negative space before it. */
function restNonNegative(input: TextBoxInput, from: number): boolean {
  for (let i = from; i < input.paragraphs.length; i++) if ((input.paragraphs[i].spaceBefore ?? 0) < 0) return false;
  return true;
}

/** Points, largest first: size, size - 0.5, ..., and minSize itself last. */
export function candidateSizes(size: number, minSize: number): number[] {
  if (size <= minSize) return [size];
  const sizes: number[] = [];
  for (let s = size; s > minSize + EPS_PT; s = Math.round((s - SIZE_STEP) * 100) / 100) sizes.push(s);
  sizes.push(minSize);
  return sizes;
}

function overflow(stack: FontStack, input: TextBoxInput, availPt: number, maxLines: number): TextBoxResult {
  const size = Math.min(input.size, input.minSize);
  const lineHeight = lineHeightFor(size);
  const wrapped = wrapParagraphs(stack, input, size);
  const overflowFrom = firstOverflow(wrapped, lineHeight, availPt, maxLines);
  const kept = input.ellipsis ? cutToFit(stack, wrapped, lineHeight, availPt, maxLines) : wrapped;
  return {
    paragraphs: kept.map((p) => toIrParagraph(p, input)),
    size,
    lineHeight,
    height: boxHeight(wrappedHeightPt(kept, lineHeight), input.padding),
    fits: false,
    overflowFrom,
    truncated: input.ellipsis === true,
  };
}

function firstOverflow(wrapped: WrappedParagraph[], lineHeight: number, availPt: number, maxLines: number): number {
  let used = 0;
  for (const [i, p] of wrapped.entries()) {
    used += p.spaceBefore * (i > 0 ? 1 : 0) + p.lines.length * lineHeight;
    if (used > availPt + EPS_PT || p.lines.length > maxLines) return i;
  }
  // Unreachable when called after the fitting loop failed; kept total for safety.
  return wrapped.length;
}

/** The paragraphs that fit, the last visible line ending in "…". */
function cutToFit(
  stack: FontStack,
  wrapped: WrappedParagraph[],
  lineHeight: number,
  availPt: number,
  maxLines: number,
): WrappedParagraph[] {
  const kept: WrappedParagraph[] = [];
  let used = 0;
  for (const p of wrapped) {
    const before = kept.length > 0 ? p.spaceBefore : 0;
    const room = Math.floor((availPt - used - before + EPS_PT) / lineHeight);
    const take = Math.min(p.lines.length, maxLines, room);
    if (take <= 0) break;
    const cut = take < p.lines.length;
    kept.push(withFields(p, { spaceBefore: before, lines: cut ? withEllipsis(stack, p, p.lines.slice(0, take)) : p.lines }));
    used += before + take * lineHeight;
    if (cut && take === room) return kept;
  }
  if (kept.length === wrapped.length) return kept;
  if (kept.length === 0) {
    // Not even one line fits: show the first line cut, the caller's box is too small.
    const first = wrapped[0];
    return first ? [withFields(first, { lines: withEllipsis(stack, first, first.lines.slice(0, 1)) })] : [];
  }
  const last = kept[kept.length - 1];
  if (!lineText(last.lines[last.lines.length - 1]).endsWith(ELLIPSIS)) kept[kept.length - 1] = withFields(last, { lines: withEllipsis(stack, last, last.lines) });
  return kept;
}

function withEllipsis(stack: FontStack, p: WrappedParagraph, lines: TextRun[][]): TextRun[][] {
  const out = lines.slice();
  out[out.length - 1] = ellipsizeRuns(stack, out[out.length - 1], p.style, p.maxPt - WRAP_SAFETY_PT);
  return out;
}
