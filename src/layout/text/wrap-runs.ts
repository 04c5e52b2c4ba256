// Line breaking for a paragraph of mixed-style runs ("Owner: " regular, "Jean
// Dupont" bold): each stretch of a line is measured in its own style, and the
// lines come back split into IR runs at the style boundaries.
import type { FontStack, FontStyle } from "../../fonts/index.js";
import type { Color, TextRun } from "../types.js";
import { unitWidth } from "./atom-widths.js";
import { breakHardLine } from "./line-breaker.js";
import { WRAP_SAFETY_PT } from "./wrap.js";
import { withFields } from "../with-fields.js";

export interface RunInput {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: Color;
  link?: string;
}

export interface WrapRunsOptions extends FontStyle {
  /** Points. */
  size: number;
  /** Inches. */
  width: number;
}

interface PlacedRun {
  run: RunInput;
  /** UTF-16 offsets in the paragraph's text. */
  start: number;
  end: number;
  style: FontStyle;
}

/** The visual lines of the runs, each a non-empty list of runs; "\n" inside a run is a hard break. */
export function wrapRuns(stack: FontStack, runs: readonly RunInput[], opts: WrapRunsOptions): TextRun[][] {
  const placed = placeRuns(runs, opts);
  const text = placed.map((p) => p.run.text).join("");
  const maxPt = Math.max(0, opts.width * 72 - WRAP_SAFETY_PT);
  const width = (a: number, b: number) =>
    sliceRuns(placed, a, b).reduce((w, s) => w + unitWidth(stack, s.text, s.style) * opts.size, 0);
  const lines: TextRun[][] = [];
  for (const { start, end } of hardLines(text)) {
    const hard = text.slice(start, end);
    for (const r of breakHardLine(hard, maxPt, (a, b) => width(start + a, start + b))) {
      const pieces = sliceRuns(placed, start + r.start, start + r.end).map((s) => toTextRun(s.run, s.text));
      lines.push(pieces.length > 0 ? pieces : [{ text: "" }]);
    }
  }
  return lines;
}

function placeRuns(runs: readonly RunInput[], base: FontStyle): PlacedRun[] {
  let at = 0;
  return runs.map((run) => {
    // Same normalisation as wrapText: NFC, and tabs as spaces.
    const text = run.text.normalize("NFC").replace(/\t/g, " ");
    const start = at;
    at += text.length;
    return { run: withFields(run, { text }), start, end: at, style: { bold: run.bold ?? base.bold, italic: run.italic ?? base.italic } };
  });
}

function hardLines(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n?|\n/g)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The parts of the runs inside [a, b), with their run and style. */
function sliceRuns(placed: readonly PlacedRun[], a: number, b: number): Array<{ run: RunInput; text: string; style: FontStyle }> {
  const out: Array<{ run: RunInput; text: string; style: FontStyle }> = [];
  for (const p of placed) {
    const from = Math.max(a, p.start);
    const to = Math.min(b, p.end);
    if (from < to) out.push({ run: p.run, text: p.run.text.slice(from - p.start, to - p.start), style: p.style });
  }
  return out;
}

/** Keys assigned in a fixed order (the IR's JSON depends on it), not spread: this runs for every line. */
export function toTextRun(run: RunInput, text: string): TextRun {
  const out: TextRun = { text };
  if (run.bold !== undefined) out.bold = run.bold;
  if (run.italic !== undefined) out.italic = run.italic;
  if (run.color) out.color = run.color;
  if (run.link) out.link = run.link;
  return out;
}
