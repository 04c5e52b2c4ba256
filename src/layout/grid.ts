// The 12-column grid every box snaps to, and the fixed zones of a slide (title
// block, body, footer band). All numbers are inches, derived from the theme's
// spacing so a theme can change the rhythm without touching any slide layout.
import type { Theme } from "../theme/schema.js";

/** A horizontal span of the grid (inches). */
export interface Span {
  x: number;
  w: number;
}

/** A rectangle (inches). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Grid {
  /** Slide size (inches). */
  width: number;
  height: number;
  margin: number;
  gutter: number;
  columns: number;
  /** Width of one column (inches). */
  colWidth: number;
  /** Columns `i .. i+span-1` (0-based), gutters between them included. */
  col(i: number, span: number): Span;
  /** Title block: title, subtitle and rule (non-cover slides). */
  title: Box;
  subtitle: Box;
  /** Y of the rule (or bottom of the band) under the title block (inches). */
  ruleY: number;
  /** The body area: between the title block and the footer band, one gutter clear of both. */
  body: Box;
  /** The footer band (inches), inside the margins horizontally. */
  footer: Box;
}

// Vertical rhythm of the title block, in inches from the top edge: chosen so a
// 28 pt title and a 16 pt subtitle each sit on one line with breathing room.
const TITLE_TOP = 0.38;
const TITLE_H = 0.62;
const SUBTITLE_H = 0.42;
const RULE_GAP = 0.06;
// Distance of the footer band from the bottom edge: the band never touches it.
const FOOTER_BOTTOM_GAP = 0.12;

export function makeGrid(theme: Theme): Grid {
  const { width, height } = theme.slide;
  const { margin, gutter, columns, footer: footerH } = theme.spacing;
  const inner = width - 2 * margin;
  const colWidth = (inner - gutter * (columns - 1)) / columns;
  const col = (i: number, span: number): Span => {
    if (i < 0 || span < 1 || i + span > columns) throw new RangeError(`grid columns ${i}+${span} outside 0..${columns}`);
    return { x: margin + i * (colWidth + gutter), w: span * colWidth + (span - 1) * gutter };
  };
  const title: Box = { x: margin, y: TITLE_TOP, w: inner, h: TITLE_H };
  const subtitle: Box = { x: margin, y: TITLE_TOP + TITLE_H, w: inner, h: SUBTITLE_H };
  const ruleY = subtitle.y + subtitle.h + RULE_GAP;
  const footer: Box = { x: margin, y: height - FOOTER_BOTTOM_GAP - footerH, w: inner, h: footerH };
  const bodyTop = ruleY + gutter + 0.05;
  const body: Box = { x: margin, y: bodyTop, w: inner, h: footer.y - gutter - bodyTop };
  return { width, height, margin, gutter, columns, colWidth, col, title, subtitle, ruleY, body, footer };
}

/** Splits a vertical extent into `n` equal rows separated by `gap` (inches). */
export function splitRows(top: number, height: number, n: number, gap: number): Array<{ y: number; h: number }> {
  const h = (height - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ y: top + i * (h + gap), h }));
}

/** Rounds to 1/1000 inch so the IR (and its JSON dump) stays readable and stable. */
export function r3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
