// Greedy line breaking of one hard line, on offsets so that plain strings and
// mixed-style runs share it. Widths are additive over atoms (no kerning, and an
// atom never starts with a space or a combining mark, the only characters whose
// file depends on their neighbour), so each atom is measured once instead of
// re-measuring the growing line.
import { splitAtoms } from "./break-opportunities.js";

/** A visual line: UTF-16 offsets into the hard line, trailing spaces excluded. */
export interface LineRange {
  start: number;
  end: number;
}

/** Points: the advance width of hard.slice(start, end). */
export type RangeWidth = (start: number, end: number) => number;

// Sums of per-atom widths may differ from one measurement of the line in the last bits.
const FLOAT_SLACK_PT = 1e-9;
// A pinned locale, not the host's: where a line may be cut must not depend on the machine's LANG.
const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

export function breakHardLine(hard: string, maxPt: number, width: RangeWidth): LineRange[] {
  const limit = maxPt - FLOAT_SLACK_PT;
  const lines: LineRange[] = [];
  let line: LineRange | undefined; // end includes trailing spaces
  let lineWidth = 0; // points, trailing spaces included
  const flush = () => {
    if (line) {
      const end = trimmedEnd(hard, line.start, line.end);
      if (hard.slice(line.start, end).trim() !== "") lines.push({ start: line.start, end });
    }
    line = undefined;
    lineWidth = 0;
  };
  let at = 0;
  for (const atom of splitAtoms(hard)) {
    const start = at;
    const end = (at += atom.length);
    const coreEnd = trimmedEnd(hard, start, end);
    const coreWidth = width(start, coreEnd);
    const atomWidth = coreEnd === end ? coreWidth : width(start, end);
    if (line && lineWidth + coreWidth <= limit) {
      line.end = end;
      lineWidth += atomWidth;
      continue;
    }
    flush();
    if (coreWidth <= limit) {
      line = { start, end };
      lineWidth = atomWidth;
      continue;
    }
    const pieces = splitLongRange(hard, start, coreEnd, limit, width);
    lines.push(...pieces.slice(0, -1));
    const last = pieces[pieces.length - 1];
    line = { start: last.start, end };
    lineWidth = width(last.start, end);
  }
  flush();
  return lines.length > 0 ? lines : [{ start: 0, end: 0 }];
}

/** Characters after which a URL or e-mail address reads well when it must be cut. */
const URL_BREAK_AFTER = /[./@_?&=#:-]/;

/**
 * Cuts a word wider than the line between grapheme clusters; the last piece may be
 * short. A cut right after "." "/" "@"... is preferred when it keeps most of the line.
 */
function splitLongRange(hard: string, start: number, end: number, maxPt: number, width: RangeWidth): LineRange[] {
  const pieces: LineRange[] = [];
  let from = start;
  let at = start;
  for (const { segment } of graphemes.segment(hard.slice(start, end))) {
    if (at > from && width(from, at + segment.length) > maxPt) {
      const cut = softCut(hard, from, at);
      pieces.push({ start: from, end: cut });
      from = cut;
    }
    at += segment.length;
  }
  pieces.push({ start: from, end });
  return pieces;
}

function softCut(hard: string, from: number, at: number): number {
  for (let k = at - 1; k > from + (at - from) * 0.6; k--) if (URL_BREAK_AFTER.test(hard[k - 1])) return k;
  return at;
}

/** End offset without the ordinary spaces before it (no-break spaces are content). */
function trimmedEnd(hard: string, start: number, end: number): number {
  let e = end;
  while (e > start && (hard[e - 1] === " " || hard[e - 1] === "\t")) e--;
  return e;
}
