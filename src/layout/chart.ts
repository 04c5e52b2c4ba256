// The chart primitive: the PPTX writes a native, editable chart from its
// categories and series; the PDF replays `vector`, the same chart drawn here as
// axes, gridlines, labels, bars or a polyline with markers, all inside the box.
import type { LayoutContext } from "./context.js";
import type { ChartPrimitive, Color, Primitive } from "./types.js";
import { niceScale, ticksOf, type NiceScale } from "./nice-scale.js";
import { r3 } from "./grid.js";
import { lineHeightFor } from "./text-kit.js";
import { formatFixed } from "../i18n/format.js";
import { withFields } from "./with-fields.js";

export interface ChartInput {
  chart: "line" | "bar";
  /** Inches. */
  x: number;
  y: number;
  w: number;
  h: number;
  categories: string[];
  series: Array<{ name: string; values: number[]; color?: Color }>;
  title?: string;
  /** Formats an axis or value label; default: the deck locale, as many decimals as the data needs. */
  format?: (v: number) => string;
}

interface Plot {
  /** Inches. */
  x: number;
  y: number;
  w: number;
  h: number;
}

// Inches: the room a one-line label takes at the chart's font size, and small breathing gaps.
const LABEL_PAD = 0.02;
const GAP = 0.06;
const MARKER = 0.1;
// Points: gridlines, the series line. The PPTX chart gets the same values.
const GRID_WIDTH = 0.5;
const LINE_WIDTH = 2;

export function makeChart(input: ChartInput, ctx: LayoutContext): ChartPrimitive {
  const { theme } = ctx;
  const fontSize = theme.sizes.min;
  const values = input.series.flatMap((s) => s.values);
  const scale = niceScale(values, { includeZero: input.chart === "bar", integers: values.every(Number.isInteger) });
  const format = input.format ?? localeFormat(ctx.info.locale, values);
  // Tick labels carry the step's decimals too, so two ticks never read the same.
  const tickFormat = input.format ?? localeFormat(ctx.info.locale, [...values, scale.step, scale.min]);
  const series = input.series.map((s) => ({ name: s.name, values: s.values, color: s.color ?? theme.colors.primary }));
  const labelH = (lineHeightFor(fontSize) + 1) / 72 + 2 * LABEL_PAD;
  const vector: Primitive[] = [];
  let top = input.y;
  if (input.title) {
    vector.push(label(ctx, { x: input.x, y: top, w: input.w, h: labelH, text: input.title, align: "left", bold: true }));
    top += labelH + GAP;
  }
  const ticks = ticksOf(scale);
  const tickW = Math.max(...ticks.map((t) => ctx.fonts.measure(tickFormat(t), { size: fontSize }))) / 72 + 2 * LABEL_PAD + 0.04;
  const plot: Plot = {
    x: input.x + tickW + GAP,
    y: top + labelH, // headroom for the value label over the highest point
    w: input.w - tickW - GAP,
    h: input.y + input.h - labelH - GAP - (top + labelH),
  };
  const yOf = (v: number): number => plot.y + plot.h * (1 - (v - scale.min) / (scale.max - scale.min));
  drawGrid(vector, ctx, { plot, scale, ticks, yOf, format: tickFormat, labelH, tickW, x: input.x });
  const slot = plot.w / Math.max(1, input.categories.length);
  input.categories.forEach((c, i) => {
    vector.push(label(ctx, { x: plot.x + i * slot, y: plot.y + plot.h + GAP, w: slot, h: labelH, text: c, align: "center" }));
  });
  for (const s of series) drawSeries(vector, ctx, { chart: input.chart, plot, slot, yOf, scale, values: s.values, color: s.color, format, labelH });
  return {
    type: "chart",
    chart: input.chart,
    x: input.x,
    y: input.y,
    w: input.w,
    h: input.h,
    categories: input.categories,
    series,
    min: scale.min,
    max: scale.max,
    step: scale.step,
    fontSize,
    fontFace: theme.fonts.face,
    textColor: theme.colors.text,
    gridColor: theme.colors.rule,
    strokes: { grid: GRID_WIDTH, line: LINE_WIDTH, marker: MARKER * 72 },
    ...(input.format ? {} : { axisDecimals: decimalsOf([...values, scale.step, scale.min]) }),
    ...(input.title ? { title: input.title } : {}),
    vector,
  };
}

function drawGrid(
  out: Primitive[],
  ctx: LayoutContext,
  o: { plot: Plot; scale: NiceScale; ticks: number[]; yOf: (v: number) => number; format: (v: number) => string; labelH: number; tickW: number; x: number },
): void {
  for (const t of o.ticks) {
    const y = r3(o.yOf(t));
    const isBase = Math.abs(t - o.scale.min) < 1e-12;
    out.push({ type: "line", x1: r3(o.plot.x), y1: y, x2: r3(o.plot.x + o.plot.w), y2: y, stroke: { color: isBase ? ctx.theme.colors.muted : ctx.theme.colors.rule, width: isBase ? 1 : GRID_WIDTH } });
    const ly = Math.min(Math.max(y - o.labelH / 2, o.plot.y - o.labelH), o.plot.y + o.plot.h);
    out.push(label(ctx, { x: o.x, y: ly, w: o.tickW, h: o.labelH, text: o.format(t), align: "right", color: ctx.theme.colors.muted }));
  }
}

function drawSeries(
  out: Primitive[],
  ctx: LayoutContext,
  o: { chart: "line" | "bar"; plot: Plot; slot: number; yOf: (v: number) => number; scale: NiceScale; values: number[]; color: Color; format: (v: number) => string; labelH: number },
): void {
  const cx = (i: number): number => o.plot.x + o.slot * (i + 0.5);
  const base = o.yOf(Math.max(o.scale.min, Math.min(0, o.scale.max)));
  o.values.forEach((v, i) => {
    const y = o.yOf(v);
    if (o.chart === "bar") {
      const bw = o.slot * 0.55;
      out.push({ type: "rect", x: r3(cx(i) - bw / 2), y: r3(Math.min(y, base)), w: r3(bw), h: r3(Math.abs(base - y)), fill: o.color });
    } else if (i > 0) {
      out.push({ type: "line", x1: r3(cx(i - 1)), y1: r3(o.yOf(o.values[i - 1])), x2: r3(cx(i)), y2: r3(y), stroke: { color: o.color, width: LINE_WIDTH } });
    }
  });
  o.values.forEach((v, i) => {
    const y = o.yOf(v);
    if (o.chart === "line") out.push({ type: "ellipse", x: r3(cx(i) - MARKER / 2), y: r3(y - MARKER / 2), w: MARKER, h: MARKER, fill: o.color, stroke: { color: ctx.theme.colors.background, width: 1 } });
    const top = Math.min(y, base) - (o.chart === "line" ? MARKER / 2 : 0) - o.labelH;
    const place = o.chart === "line" ? lineLabelPlace(o.values, i) : "above";
    const x = cx(i) - o.slot / 2;
    const ly = place === "below" ? Math.min(y + MARKER / 2, o.plot.y + o.plot.h - o.labelH) : Math.max(top, o.plot.y - o.labelH);
    // The label leans away from a segment rising through its spot, never out of the plot.
    const text = o.format(v);
    const lw = Math.min(o.slot, ctx.fonts.measure(text, { size: ctx.theme.sizes.min, bold: true }) / 72 + 2 * LABEL_PAD + 0.04);
    const clampX = (lx: number): number => Math.min(Math.max(lx, o.plot.x), o.plot.x + o.plot.w - lw);
    const box = place === "left" ? { x: clampX(cx(i) - lw - 0.02), w: lw, align: "right" as const } : place === "right" ? { x: clampX(cx(i) + 0.02), w: lw, align: "left" as const } : { x, w: o.slot, align: "center" as const };
    out.push(label(ctx, withFields(box, { y: ly, h: o.labelH, text, bold: true })));
  });
}

/** Where a line chart's value label goes so the line does not run through it. */
export function lineLabelPlace(values: number[], i: number): "above" | "below" | "left" | "right" {
  const v = values[i];
  const rightRises = i + 1 < values.length && values[i + 1] > v;
  const leftRises = i > 0 && values[i - 1] > v;
  if (rightRises && leftRises) return "below";
  if (rightRises) return "left";
  if (leftRises) return "right";
  return "above";
}

function label(ctx: LayoutContext, o: { x: number; y: number; w: number; h: number; text: string; align: "left" | "center" | "right"; bold?: boolean; color?: Color }): Primitive {
  return ctx.text({
    x: r3(o.x),
    y: r3(o.y),
    w: r3(o.w),
    h: r3(o.h),
    padding: LABEL_PAD,
    size: ctx.theme.sizes.min,
    paragraphs: [{ text: o.text }],
    bold: o.bold,
    align: o.align,
    valign: "middle",
    color: o.color,
    role: "caption",
    ellipsis: true,
  }).primitive;
}

/** Decimals: as many as the data has, at most two, so 1.84 reads 1,84 and 250000 reads 250 000. */
/** Decimals that show every value as written (at most 2). */
export function decimalsOf(values: number[]): number {
  return Math.min(2, Math.max(0, ...values.map((v) => (String(v).split(".")[1] ?? "").length)));
}

export function localeFormat(locale: string, values: number[]): (v: number) => string {
  const decimals = decimalsOf(values);
  return (v) => formatFixed(v, locale, decimals);
}
