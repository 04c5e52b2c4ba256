// One KPI as a progress bar: every bar has the same length from baseline (left
// tick) to target (right tick), whatever the units, so bars compare at a glance.
// The current value is a marker with its label above; baseline and target are
// labelled below. Progress is clamped to the bar (see kpi-progress.ts).
import type { LayoutContext } from "./context.js";
import type { ObjectiveSlide } from "../deck/types.js";
import type { Primitive } from "./types.js";
import { kpiProgress } from "./kpi-progress.js";
import { lineHeightFor } from "./text-kit.js";
import { methodWords, withColon } from "./method-words.js";
import { r3 } from "./grid.js";

export type ObjectiveKpi = ObjectiveSlide["kpis"][number];

export interface KpiBarInput {
  /** Inches. */
  x: number;
  y: number;
  w: number;
  kpi: ObjectiveKpi;
  field?: string;
}

/** Inches: track thickness and the current-value marker's size. */
const TRACK_H = 0.18;
const MARKER = 0.14;

interface Rows {
  /** Inches, each row's height. */
  name: number;
  label: number;
}

function rows(ctx: LayoutContext): Rows {
  return { name: lineHeightFor(ctx.theme.sizes.body) / 72 + 0.08, label: lineHeightFor(ctx.theme.sizes.small) / 72 + 0.06 };
}

/** Height (inches) of one KPI bar block: name, current label, marker and track, end labels. */
export function kpiBarHeight(ctx: LayoutContext): number {
  const r = rows(ctx);
  return r.name + r.label + MARKER + TRACK_H + 0.04 + r.label;
}

export function layoutKpiBar(input: KpiBarInput, ctx: LayoutContext): Primitive[] {
  const { colors, sizes } = ctx.theme;
  const { kpi, x, w } = input;
  const r = rows(ctx);
  const lang = ctx.info.language;
  const words = methodWords(lang);
  const p = kpiProgress(kpi);
  const out: Primitive[] = [];
  const name = kpi.name;
  out.push(ctx.text({ x, y: input.y, w, h: r.name, paragraphs: [{ text: name }], bold: true, size: sizes.body, padding: 0.02, ellipsis: true, role: "label", field: input.field, where: "the KPI name line" }).primitive);
  const labelY = input.y + r.name;
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
    const text = `${withColon(kpi.labels.current, lang)} ${kpi.formatted.current}${p.exceeded ? ` · ${words.targetExceeded}` : ""}`;
    const lw = Math.min(w, ctx.fonts.measure(text, { size: sizes.small, bold: true }) / 72 + 0.1);
    const lx = Math.min(Math.max(mx - lw / 2, x), x + w - lw);
    out.push(ctx.text({ x: r3(lx), y: r3(labelY), w: r3(lw), h: r.label, paragraphs: [{ text }], bold: true, size: sizes.small, padding: 0.02, align: "center", ellipsis: true, role: "label" }).primitive);
  }
  const endY = trackY + TRACK_H + 0.04;
  if (kpi.formatted.baseline !== undefined) {
    out.push(ctx.text({ x, y: r3(endY), w: w / 2 - 0.05, h: r.label, paragraphs: [{ text: `${withColon(kpi.labels.baseline, lang)} ${kpi.formatted.baseline}` }], size: sizes.small, padding: 0.02, color: colors.muted, ellipsis: true, role: "label" }).primitive);
  }
  out.push(ctx.text({ x: r3(x + w / 2 + 0.05), y: r3(endY), w: w / 2 - 0.05, h: r.label, paragraphs: [{ text: `${withColon(kpi.labels.target, lang)} ${kpi.formatted.target}` }], size: sizes.small, bold: true, padding: 0.02, align: "right", ellipsis: true, role: "label" }).primitive);
  return out;
}
