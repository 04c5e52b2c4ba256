// One person on the stakeholder map: an equal-size box tinted by relationship
// strength (with a solid bar on its left edge), the name in bold, the title,
// role chips, and a row with the stance marker and both words (stance and
// relationship), so nothing is said by colour alone.
import type { LayoutContext } from "./context.js";
import type { Primitive } from "./types.js";
import type { StakeholderMapSlide } from "../deck/types.js";
import type { ViewStakeholder } from "../view/types.js";
import { lineHeightFor, wrapTextShared } from "./text-kit.js";
import { relationshipTint } from "./contrast.js";
import { stanceMarker } from "./stance-marker.js";
import { r3 } from "./grid.js";
import { withFields } from "./with-fields.js";

export interface BoxStyle {
  /** Box width (inches). */
  w: number;
  /** Points. */
  nameSize: number;
  textSize: number;
  /** Points: the role chips, the first to shrink. */
  chipSize: number;
  /** A title longer than this many lines is shortened with an ellipsis. */
  maxTitleLines: number;
}

export interface BoxMetrics extends BoxStyle {
  /** Box height (inches), the same for everyone on the page. */
  h: number;
  titleLines: number;
  /** Lines the longest name takes (1 or 2): a name wraps before its type shrinks. */
  nameLines: number;
  chipRows: number;
  /** Whether every box has room for the relationship word beside the stance (else the border style says it). */
  relationshipWord: boolean;
}

// Inches: the coloured edge bar, inner padding, chip padding and gaps.
const BAR = 0.06;
const PAD = 0.065;
const CHIP_PAD = 0.06;
const CHIP_GAP = 0.04;
const ROW_GAP = 0.03;

const innerWidth = (s: BoxStyle): number => s.w - BAR - 2 * PAD;
/** Inches: the stance marker and the gap after it. */
const markerSize = (s: BoxStyle): number => Math.min(0.14, lineHeightFor(s.textSize) / 72 * 0.7);
const MARKER_GAP = 0.04;
/** Inches a word needs in a text box with 0.01 in padding, plus a hair of safety. */
const wordWidth = (ctx: LayoutContext, text: string, size: number, bold = false): number => ctx.fonts.measure(text, { size, bold }) / 72 + 0.03;

function stanceWords(p: ViewStakeholder, labels: StakeholderMapSlide["labels"]): { stance: string; relationship: string } {
  return { stance: labels.stances[p.stance] ?? p.stance, relationship: labels.relationships[p.relationship] ?? p.relationship };
}

function stanceRowFits(ctx: LayoutContext, p: ViewStakeholder, labels: StakeholderMapSlide["labels"], s: BoxStyle): boolean {
  const w = stanceWords(p, labels);
  return markerSize(s) + MARKER_GAP + wordWidth(ctx, w.stance, s.textSize) + 0.05 + wordWidth(ctx, w.relationship, s.textSize, true) <= innerWidth(s);
}
const lh = (size: number): number => lineHeightFor(size) / 72;
const chipH = (s: BoxStyle): number => lh(s.chipSize) + 0.035;
/** Names wrap on two lines at most. */
const MAX_NAME_LINES = 2;
const nameLinesOf = (ctx: LayoutContext, name: string, s: BoxStyle): number => Math.min(MAX_NAME_LINES, wrapTextShared(ctx.fonts, name, { size: s.nameSize, bold: true, width: innerWidth(s) - 0.03 }).length);

/** Chips laid out in rows inside the inner width: x offsets (inches) and row index per chip. */
function flowChips(ctx: LayoutContext, labels: string[], s: BoxStyle): Array<{ text: string; dx: number; row: number; w: number }> {
  const max = innerWidth(s);
  let dx = 0;
  let row = 0;
  return labels.map((text) => {
    const w = Math.min(max, ctx.fonts.measure(text, { size: s.chipSize }) / 72 + 2 * CHIP_PAD + 0.02);
    if (dx > 0 && dx + w > max) {
      row += 1;
      dx = 0;
    }
    const out = { text, dx, row, w };
    dx += w + CHIP_GAP;
    return out;
  });
}

const chipBlockH = (s: BoxStyle, rows: number): number => rows * chipH(s) + (rows - 1) * CHIP_GAP;
const titleBlockH = (s: BoxStyle, lines: number): number => (lines ? lines * lh(s.textSize) + 0.04 : 0);
const chipRowsOf = (ctx: LayoutContext, p: ViewStakeholder, labels: StakeholderMapSlide["labels"], s: BoxStyle): number =>
  1 + Math.max(0, ...flowChips(ctx, p.roles.map((r) => labels.roles[r] ?? r), s).map((c) => c.row));

/** What one person's box needs in a style; a page's boxes take the largest of each. */
export interface PersonMetrics {
  nameLines: number;
  titleLines: number;
  chipRows: number;
  /** Inches: title plus chips. */
  block: number;
  stanceRowFits: boolean;
}

export function measurePerson(ctx: LayoutContext, p: ViewStakeholder, labels: StakeholderMapSlide["labels"], s: BoxStyle): PersonMetrics {
  const titleLines = p.title ? Math.min(s.maxTitleLines, wrapTextShared(ctx.fonts, p.title, { size: s.textSize, width: innerWidth(s) - 0.03 }).length) : 0;
  const chipRows = chipRowsOf(ctx, p, labels, s);
  return {
    nameLines: nameLinesOf(ctx, p.name, s),
    titleLines,
    chipRows,
    block: titleBlockH(s, titleLines) + chipBlockH(s, chipRows),
    stanceRowFits: stanceRowFits(ctx, p, labels, s),
  };
}

/**
 * One height for every box: the tallest title-plus-chips block on the page. Chips sit at the
 * bottom of each box, so a title may use the room a person with fewer chips leaves free.
 */
export function measureBoxes(ctx: LayoutContext, people: ViewStakeholder[], labels: StakeholderMapSlide["labels"], s: BoxStyle): BoxMetrics {
  return combineMetrics(s, people.map((p) => measurePerson(ctx, p, labels, s)));
}

/** The page's box metrics from each of its people's (the stakeholder map measures each person once per style). */
export function combineMetrics(s: BoxStyle, people: readonly PersonMetrics[]): BoxMetrics {
  let titleLines = 0;
  let chipRows = 1;
  let block = 0;
  let relationshipWord = true;
  let nameLines = 1;
  for (const m of people) {
    nameLines = Math.max(nameLines, m.nameLines);
    if (!m.stanceRowFits) relationshipWord = false;
    titleLines = Math.max(titleLines, m.titleLines);
    chipRows = Math.max(chipRows, m.chipRows);
    block = Math.max(block, m.block);
  }
  const h = 2 * PAD + nameLines * lh(s.nameSize) + 0.04 + block + 2 * ROW_GAP + lh(s.textSize) + 0.035;
  return withFields(s, { h, titleLines, nameLines, chipRows, relationshipWord });
}

export function layoutStakeholderBox(
  ctx: LayoutContext,
  o: { person: ViewStakeholder; x: number; y: number; m: BoxMetrics; labels: StakeholderMapSlide["labels"]; field: string },
): Primitive[] {
  const { colors } = ctx.theme;
  const { person: p, m } = o;
  const rel = colors.relationship[p.relationship];
  const tint = relationshipTint(ctx.theme, p.relationship);
  const ix = o.x + BAR + PAD;
  const iw = innerWidth(m);
  const out: Primitive[] = [
    { type: "rect", x: r3(o.x), y: r3(o.y), w: r3(m.w), h: r3(m.h), fill: tint, stroke: relationshipStroke(rel, p.relationship) },
    { type: "rect", x: r3(o.x), y: r3(o.y), w: BAR, h: r3(m.h), fill: rel },
  ];
  let y = o.y + PAD;
  const text = (t: string, size: number, h: number, extra: { bold?: boolean; color?: string; align?: "left" | "right"; x?: number; w?: number } = {}) =>
    ctx.text({ x: r3(extra.x ?? ix), y: r3(y), w: r3(extra.w ?? iw), h: r3(h), paragraphs: [{ text: t }], size, minSize: size, bold: extra.bold, color: extra.color, align: extra.align, padding: 0.015, ellipsis: true, role: "label", field: o.field, where: "the stakeholder box" }).primitive;
  const nameH = nameLinesOf(ctx, p.name, m) * lh(m.nameSize) + 0.04;
  out.push(text(p.name, m.nameSize, nameH, { bold: true }));
  y += nameH;
  const rowH = lh(m.textSize) + 0.035;
  const stanceY = o.y + m.h - PAD - rowH;
  const rows = chipRowsOf(ctx, p, o.labels, m);
  const chipsY = stanceY - ROW_GAP - chipBlockH(m, rows);
  // The title takes whatever room is left above the chips (whole lines only).
  const titleRoom = chipsY - ROW_GAP - y;
  const titleLines = Math.floor((titleRoom - 0.04) / lh(m.textSize) + 1e-6);
  if (p.title && titleLines > 0) out.push(text(p.title, m.textSize, titleBlockH(m, titleLines)));
  for (const c of flowChips(ctx, p.roles.map((r) => o.labels.roles[r] ?? r), m)) {
    const cy = chipsY + c.row * (chipH(m) + CHIP_GAP);
    out.push({ type: "rect", x: r3(ix + c.dx), y: r3(cy), w: r3(c.w), h: r3(chipH(m)), fill: colors.background, stroke: { color: colors.rule, width: 0.5 }, radius: 0.05 });
    out.push(ctx.text({ x: r3(ix + c.dx), y: r3(cy), w: r3(c.w), h: r3(chipH(m)), paragraphs: [{ text: c.text }], size: m.chipSize, minSize: m.chipSize, padding: 0.015, align: "center", valign: "middle", ellipsis: true, role: "label" }).primitive);
  }
  y = stanceY;
  const marker = markerSize(m);
  out.push(stanceMarker({ stance: p.stance, cx: ix + marker / 2, cy: y + rowH / 2, size: marker, fill: colors.text }));
  const words = stanceWords(p, o.labels);
  const wx = ix + marker + MARKER_GAP;
  const rowText = (t: string, x: number, w: number, bold: boolean, align: "left" | "right") =>
    ctx.text({ x: r3(x), y: r3(y), w: r3(w), h: r3(rowH), paragraphs: [{ text: t }], size: m.textSize, minSize: m.textSize, bold, align, valign: "middle", padding: 0.01, ellipsis: true, role: "label", field: o.field, where: "the stakeholder box" }).primitive;
  if (m.relationshipWord) {
    const sw = Math.min(wordWidth(ctx, words.stance, m.textSize), ix + iw - wx);
    out.push(rowText(words.stance, wx, sw, false, "left"));
    out.push(rowText(words.relationship, wx + sw, ix + iw - wx - sw, true, "right"));
  } else {
    out.push(rowText(words.stance, wx, ix + iw - wx, false, "left"));
  }
  return out;
}

/** The border says the relationship without colour too: strong solid and heavy, good solid, weak dashed. */
export function relationshipStroke(color: string, r: "strong" | "good" | "weak"): { color: string; width: number; dash?: "dash" } {
  if (r === "strong") return { color, width: 2.25 };
  if (r === "good") return { color, width: 1 };
  return { color, width: 1.5, dash: "dash" };
}
