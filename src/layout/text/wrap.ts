// Greedy line breaking on measured widths. A line is never wider than the width
// asked for; a word is split between characters only when it alone is wider.
import type { FontStack, FontStyle } from "../../fonts/index.js";
import { splitAtoms, trimBreakingSpaces } from "./break-opportunities.js";
import { unitWidth } from "./atom-widths.js";
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
  return memoWrap(stack, text, opts, () => {
    const maxPt = Math.max(0, opts.width * 72 - WRAP_SAFETY_PT);
    const width = (s: string) => unitWidth(stack, s, opts) * opts.size;
    // A tab would jump to PowerPoint's next tab stop but be a space in the PDF: make it a space in both.
    return text
      .normalize("NFC")
      .replace(/\t/g, " ")
      .split(/\r\n?|\n/)
      .flatMap((hard) => wrapHardLine(hard, maxPt, width));
  });
}

// Widths are additive over atoms (no kerning, and an atom never starts with a space
// or a combining mark, the only characters whose file depends on their neighbour),
// so each atom is measured once instead of re-measuring the growing line.
function wrapHardLine(hard: string, maxPt: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0; // points, trailing spaces included
  const flush = () => {
    const done = trimBreakingSpaces(line);
    if (done.trim() !== "") lines.push(done);
    line = "";
    lineWidth = 0;
  };
  for (const atom of splitAtoms(hard)) {
    const core = trimBreakingSpaces(atom);
    const coreWidth = width(core);
    const atomWidth = core === atom ? coreWidth : width(atom);
    if (lineWidth + coreWidth <= maxPt - FLOAT_SLACK_PT) {
      line += atom;
      lineWidth += atomWidth;
      continue;
    }
    flush();
    if (coreWidth <= maxPt - FLOAT_SLACK_PT) {
      line = atom;
      lineWidth = atomWidth;
      continue;
    }
    const pieces = splitLongWord(core, maxPt - FLOAT_SLACK_PT, width);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] + atom.slice(core.length);
    lineWidth = width(line);
  }
  flush();
  return lines.length > 0 ? lines : [""];
}

// Sums of per-atom widths may differ from one measurement of the line in the last bits.
const FLOAT_SLACK_PT = 1e-9;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Cuts a word wider than the line between grapheme clusters; the last piece may be short. */
export function splitLongWord(word: string, maxPt: number, width: (s: string) => number): string[] {
  const pieces: string[] = [];
  let cur = "";
  for (const { segment } of graphemes.segment(word)) {
    if (cur !== "" && width(cur + segment) > maxPt) {
      pieces.push(cur);
      cur = "";
    }
    cur += segment;
  }
  pieces.push(cur);
  return pieces;
}
