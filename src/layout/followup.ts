// The follow-up cadence as a timeline: one lane per touchpoint (label, rhythm,
// duration on the left), a horizontal axis over the next quarter with a month
// grid, a diamond on each next concrete date, and the next review highlighted
// by an accent rule across every lane plus a callout under the lanes.
import type { FollowupSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { lineHeightFor } from "./text-kit.js";
import { dayNumber, formatDay, monthStarts, nextQuarter } from "./date-axis.js";
import { methodWords, withColon } from "./method-words.js";
import { r3 } from "./grid.js";
import { withFields } from "./with-fields.js";

type Touchpoint = FollowupSlide["touchpoints"][number];
/** Inches: the tallest a lane gets, the diamond's size, the callout's height. */
const MAX_LANE_H = 1.2;
const DIAMOND = 0.18;

interface Axis {
  /** Inches: where the dates map (inset so a diamond on the first or last day stays inside). */
  x: number;
  w: number;
  /** Inches: the drawn extent of the axis and lane tracks, the whole time column like the lane rules. */
  lineX: number;
  lineW: number;
  start: number;
  end: number;
  xOf(day: number): number;
}

export function layoutFollowup(slide: FollowupSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid, theme } = ctx;
  const small = lineHeightFor(theme.sizes.small) / 72;
  const axisH = small + 0.16;
  const calloutH = slide.nextReview ? lineHeightFor(theme.sizes.body + 2) / 72 + 0.3 : 0;
  const lanesTop = grid.body.y + axisH;
  const lanesRoom = grid.body.h - axisH - (calloutH ? calloutH + grid.gutter * 1.5 : 0);
  const laneH = Math.min(MAX_LANE_H, lanesRoom / Math.max(1, slide.touchpoints.length));
  const labelCol = grid.col(0, 3);
  const timeCol = grid.col(3, 9);
  const axis = makeAxis(slide, ctx, timeCol);
  const body: Primitive[] = [];
  const lanesBottom = lanesTop + laneH * slide.touchpoints.length;
  if (axis) body.push(...drawAxis(ctx, axis, grid.body.y, axisH, lanesBottom));
  // Under the lanes, so date labels (on a background fill) stay legible where the rule crosses them.
  if (axis && slide.nextReviewDate) body.push(...reviewRule(ctx, axis, dayNumber(slide.nextReviewDate), lanesTop, lanesBottom));
  slide.touchpoints.forEach((t, i) => {
    const y = lanesTop + i * laneH;
    body.push(...laneLabel(ctx, t, withFields(labelCol, { y, h: laneH })));
    body.push(...(axis && t.dates ? laneMarkers(ctx, t.dates, axis, y, laneH) : laneDateList(ctx, t, withFields(timeCol, { y, h: laneH }))));
    body.push({ type: "line", x1: labelCol.x, y1: r3(y + laneH), x2: r3(timeCol.x + timeCol.w), y2: r3(y + laneH), stroke: { color: theme.colors.rule, width: 0.5 } });
  });
  if (slide.nextReview) body.push(...callout(ctx, slide, withFields(grid.col(0, 12), { y: r3(lanesBottom + grid.gutter * 1.5), h: calloutH })));
  return [framedSlide(ctx, { kind: slide.kind, title: slide.title, subtitle: slide.subtitle }, body)];
}

/** Only when the deck gave ISO dates: formatted dates cannot be placed in time. */
function makeAxis(slide: FollowupSlide, ctx: LayoutContext, col: { x: number; w: number }): Axis | undefined {
  if (!slide.touchpoints.some((t) => t.dates?.length)) return undefined;
  const window = slide.window ?? nextQuarter(ctx.info.period);
  let start = dayNumber(window.start);
  let end = dayNumber(window.end);
  // A next review just outside the quarter still belongs on the picture.
  if (slide.nextReviewDate) {
    const review = dayNumber(slide.nextReviewDate);
    if (review < start && start - review < 45) start = review - 3;
    if (review > end && review - end < 45) end = review + 3;
  }
  // Room at both ends so a diamond and its label on the first or last day stay inside.
  const pad = 0.45;
  const x = col.x + pad;
  const w = col.w - 2 * pad;
  return { x, w, lineX: col.x, lineW: col.w, start, end, xOf: (day) => x + ((day - start) / Math.max(1, end - start)) * w };
}

function drawAxis(ctx: LayoutContext, axis: Axis, y: number, h: number, bottom: number): Primitive[] {
  const { colors, sizes } = ctx.theme;
  const out: Primitive[] = [{ type: "line", x1: r3(axis.lineX), y1: r3(y + h), x2: r3(axis.lineX + axis.lineW), y2: r3(y + h), stroke: { color: colors.muted, width: 1 } }];
  const months = monthStarts(axis.start, axis.end);
  const edges = [...months, axis.end + 1];
  const label = (x: number, w: number, text: string) =>
    ctx.text({ x: r3(x + 0.04), y: r3(y), w: r3(w), h: r3(h - 0.06), paragraphs: [{ text }], size: sizes.small, color: colors.muted, bold: true, padding: 0.02, valign: "bottom", ellipsis: true, role: "caption" }).primitive;
  // A window starting mid-month still names that month, at the axis start, when its stretch has room.
  if (months[0] !== axis.start) {
    const room = (months.length ? axis.xOf(months[0]) : axis.x + axis.w) - axis.lineX - 0.1;
    const text = [{ month: "long", year: "numeric" } as const, { month: "short", year: "numeric" } as const, { month: "short" } as const]
      .map((o) => formatDay(axis.start, ctx.info.locale, o))
      .find((t) => ctx.fonts.measure(t, { size: sizes.small, bold: true }) / 72 + 0.06 <= room);
    if (text) out.push(label(axis.lineX, room, text));
  }
  for (const [i, m] of months.entries()) {
    const x = axis.xOf(m);
    out.push({ type: "line", x1: r3(x), y1: r3(y + h - 0.08), x2: r3(x), y2: r3(bottom), stroke: { color: colors.rule, width: 0.5, dash: "dot" } });
    const w = Math.max(0.6, axis.xOf(edges[i + 1]) - x - 0.04);
    const text = formatDay(m, ctx.info.locale, { month: "long", year: "numeric" });
    out.push(label(x, Math.min(w, axis.lineX + axis.lineW - x - 0.04), text));
  }
  return out;
}

function laneLabel(ctx: LayoutContext, t: Touchpoint, box: { x: number; w: number; y: number; h: number }): Primitive[] {
  const { sizes, colors } = ctx.theme;
  const detail = [t.rhythm, t.duration].filter(Boolean).join(" · ");
  return [
    ctx.text(withFields(box, { x: r3(box.x), y: r3(box.y + 0.04), h: r3(box.h - 0.08), paragraphs: [{ text: t.label, bold: true }, ...(detail ? [{ text: detail, color: colors.muted }] : [])], size: sizes.body, padding: 0.04, valign: "middle", ellipsis: true, role: "body", field: "followup.cadence", where: "the cadence lane" })).primitive,
  ];
}

function laneMarkers(ctx: LayoutContext, dates: string[], axis: Axis, y: number, h: number): Primitive[] {
  const { colors, sizes } = ctx.theme;
  const out: Primitive[] = [];
  const cy = y + h * 0.38;
  const labelH = lineHeightFor(sizes.small) / 72 + 0.05;
  let lastRight = -Infinity;
  out.push({ type: "line", x1: r3(axis.lineX), y1: r3(cy), x2: r3(axis.lineX + axis.lineW), y2: r3(cy), stroke: { color: colors.rule, width: 1 } });
  for (const iso of dates) {
    const day = dayNumber(iso);
    if (day < axis.start || day > axis.end) continue;
    const x = axis.xOf(day);
    const d = DIAMOND / 2;
    out.push({ type: "polygon", points: [{ x: r3(x), y: r3(cy - d) }, { x: r3(x + d), y: r3(cy) }, { x: r3(x), y: r3(cy + d) }, { x: r3(x - d), y: r3(cy) }], fill: colors.primary });
    const text = formatDay(day, ctx.info.locale, { day: "numeric", month: "short" });
    const w = ctx.fonts.measure(text, { size: sizes.small }) / 72 + 0.08;
    // Dense rhythms (weekly e-mails) keep every diamond but only the labels that have room.
    if (x - w / 2 < lastRight + 0.06) continue;
    out.push(ctx.text({ x: r3(x - w / 2), y: r3(cy + d + 0.03), w: r3(w), h: r3(labelH), paragraphs: [{ text }], size: sizes.small, padding: 0.02, align: "center", fill: colors.background, role: "caption" }).primitive);
    lastRight = x + w / 2;
  }
  return out;
}

/** Without ISO dates: the next dates in words, in order, without pretending to a scale. */
function laneDateList(ctx: LayoutContext, t: Touchpoint, box: { x: number; w: number; y: number; h: number }): Primitive[] {
  return [ctx.text(withFields(box, { y: r3(box.y + 0.04), h: r3(box.h - 0.08), paragraphs: [{ text: t.nextDates.join("   ·   ") }], size: ctx.theme.sizes.body, padding: 0.04, valign: "middle", ellipsis: true, role: "body" }))].map((r) => r.primitive);
}

function reviewRule(ctx: LayoutContext, axis: Axis, day: number, top: number, bottom: number): Primitive[] {
  if (day < axis.start || day > axis.end) return [];
  const x = r3(axis.xOf(day));
  return [{ type: "line", x1: x, y1: r3(top), x2: x, y2: r3(bottom), stroke: { color: ctx.theme.colors.accent, width: 2.25 } }];
}

function callout(ctx: LayoutContext, slide: FollowupSlide, box: { x: number; w: number; y: number; h: number }): Primitive[] {
  const { colors, sizes } = ctx.theme;
  const label = slide.labels.nextReview ?? methodWords(ctx.info.language).nextReview;
  return [
    { type: "rect", x: r3(box.x), y: r3(box.y), w: r3(box.w), h: r3(box.h), fill: colors.surface, radius: 0.06 },
    { type: "rect", x: r3(box.x), y: r3(box.y), w: 0.1, h: r3(box.h), fill: colors.accent },
    ctx.text({ x: r3(box.x + 0.25), y: r3(box.y), w: r3(box.w - 0.35), h: r3(box.h), paragraphs: [{ text: `${withColon(label, ctx.info.language)} ${slide.nextReview}` }], size: sizes.body + 2, bold: true, padding: 0.04, valign: "middle", ellipsis: true, role: "body", field: "followup.next_review" }).primitive,
  ];
}
