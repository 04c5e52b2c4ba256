// One KPI as a progress bar: every bar has the same length from baseline (left
// tick) to target (right tick), whatever the units, so bars compare at a glance.
// The current value is a marker with its label above; baseline and target are
// labelled below. Progress is clamped to the bar (see kpi-progress.ts).
import type { LayoutContext } from "./context.js";
import type { ObjectiveSlide } from "../deck/types.js";
import type { Color, Primitive } from "./types.js";
import { kpiProgress } from "./kpi-progress.js";
import { lineHeightFor } from "./text-kit.js";
import { methodWords, withColon } from "./method-words.js";
import { r3 } from "./grid.js";
import { accentInk } from "./contrast.js";

export type ObjectiveKpi = ObjectiveSlide["kpis"][number];

export interface KpiBarInput {
  /** Inches. */
  x: number;
  y: number;
  w: number;
  kpi: ObjectiveKpi;
  field?: string;
  /** The "one number that matters": the current value large, in the accent colour, under the name. */
  hero?: KpiHero;
}

export interface KpiHero {
  /** Points: the current value's size and the KPI name's size. */
  valueSize: number;
  nameSize: number;
  /** The colour behind the block (a card's surface), so the accent value keeps 4.5:1 on it; default the slide background. */
  on?: Color;
}

/** Inches: track thickness and the current-value marker's size. */
const TRACK_H = 0.18;
const MARKER = 0.14;

interface Rows {
  /** Inches, each row's height. */
  name: number;
  label: number;
}

interface HeroRows extends Rows {
  /** Inches: the large current value's line (0 without a hero). */
  value: number;
  /** Points: labels read at the body size beside a large value, else at the small size. */
  labelSize: number;
}

function rows(ctx: LayoutContext, hero?: KpiHero): HeroRows {
  return {
    name: lineHeightFor(hero?.nameSize ?? ctx.theme.sizes.body) / 72 + 0.08,
    value: hero ? lineHeightFor(hero.valueSize) / 72 + 0.02 : 0,
    label: lineHeightFor(hero ? ctx.theme.sizes.body : ctx.theme.sizes.small) / 72 + 0.06,
    labelSize: hero ? ctx.theme.sizes.body : ctx.theme.sizes.small,
  };
}

/** Height (inches) of one KPI bar block: name, (large value,) current label, marker and track, end labels. */
export function kpiBarHeight(ctx: LayoutContext, hero?: KpiHero): number {
  const r = rows(ctx, hero);
  return r.name + r.value + r.label + MARKER + TRACK_H + 0.04 + r.label;
}

export function layoutKpiBar(input: KpiBarInput, ctx: LayoutContext): Primitive[] {
  const { colors, sizes } = ctx.theme;
  const { kpi, x, w } = input;
  const r = rows(ctx, input.hero);
  const lang = ctx.info.language;
  const words = methodWords(lang);
  const p = kpiProgress(kpi);
  const out: Primitive[] = [];
  const name = kpi.name;
  out.push(ctx.text({ x, y: input.y, w, h: r.name, paragraphs: [{ text: name }], bold: true, size: input.hero?.nameSize ?? sizes.body, padding: 0.02, ellipsis: true, role: "label", field: input.field, where: "the KPI name line" }).primitive);
  if (input.hero && kpi.formatted.current !== undefined) {
    out.push(ctx.text({ x, y: r3(input.y + r.name), w, h: r3(r.value), paragraphs: [{ text: kpi.formatted.current }], bold: true, size: input.hero.valueSize, color: accentInk(ctx.theme, input.hero.on ?? colors.background), padding: 0.02, ellipsis: true, role: "body", where: "the KPI's current value" }).primitive);
  }
  const labelY = input.y + r.name + r.value;
  const trackY = labelY + r.label + MARKER;
  out.push({ type: "rect", x: r3(x), y: r3(trackY), w: r3(w), h: TRACK_H, fill: colors.surface, stroke: { color: colors.rule, width: 0.75 }, radius: TRACK_H / 2 });
  if (kpi.current !== undefined && p.progress > 0) {
    out.push({ type: "rect", x: r3(x), y: r3(trackY), w: r3(Math.max(TRACK_H, w * p.progress)), h: TRACK_H, fill: colors.accent, radius: TRACK_H / 2 });
  }
  // Baseline and target ticks reach past the track so they read on a full bar too.
  for (const [tx, strong] of [[x, false], [x + w, true]] as const) {
    out.push({ type: "line", x1: r3(tx), y1: r3(trackY - 0.05), x2: r3(tx), y2: r3(trackY + TRACK_H + 0.05), stroke: { color: strong ? colors.text : colors.muted, width: strong ? 2 : 1.25 } });
  }
  if (kpi.current !== undefined && kpi.formatted.current !== undefined) {
    const mx = x + w * p.progress;
    out.push({ type: "polygon", points: [{ x: r3(mx - MARKER / 2), y: r3(trackY - MARKER) }, { x: r3(mx + MARKER / 2), y: r3(trackY - MARKER) }, { x: r3(mx), y: r3(trackY - 0.01) }], fill: colors.text });
    // With the value already large above, the marker only needs the news it carries.
    const text = input.hero ? (p.exceeded ? words.targetExceeded : "") : `${withColon(kpi.labels.current, lang)} ${kpi.formatted.current}${p.exceeded ? ` · ${words.targetExceeded}` : ""}`;
    if (text) {
    const lw = Math.min(w, ctx.fonts.measure(text, { size: r.labelSize, bold: true }) / 72 + 0.1);
    // Centred over the marker, or beside it at either end so it does not sit on the end tick.
    const side = MARKER / 2 + 0.06;
    const lx = mx + lw / 2 > x + w ? Math.max(x, mx - side - lw) : mx - lw / 2 < x ? Math.min(x + w - lw, mx + side) : mx - lw / 2;
    out.push(ctx.text({ x: r3(lx), y: r3(labelY), w: r3(lw), h: r.label, paragraphs: [{ text }], bold: true, size: r.labelSize, padding: 0.02, align: "center", ellipsis: true, role: "label" }).primitive);
    }
  }
  const endY = trackY + TRACK_H + 0.04;
  if (kpi.formatted.baseline !== undefined) {
    out.push(ctx.text({ x, y: r3(endY), w: w / 2 - 0.05, h: r.label, paragraphs: [{ text: `${withColon(kpi.labels.baseline, lang)} ${kpi.formatted.baseline}` }], size: r.labelSize, padding: 0.02, color: colors.muted, ellipsis: true, role: "label" }).primitive);
  }
  out.push(ctx.text({ x: r3(x + w / 2 + 0.05), y: r3(endY), w: w / 2 - 0.05, h: r.label, paragraphs: [{ text: `${withColon(kpi.labels.target, lang)} ${kpi.formatted.target}` }], size: r.labelSize, bold: true, padding: 0.02, align: "right", ellipsis: true, role: "label" }).primitive);
  return out;
}
