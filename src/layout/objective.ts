// One objective per slide: its KPIs as progress bars of equal length (left,
// eight columns), a small trend chart beside each KPI that has history, and the
// budget, expected result and challenges in side panels (right, four columns).
// KPIs that do not fit the body continue on a "(2/2)" slide; panels stay on the first.
import type { ObjectiveSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { continuationTitle, lineHeightFor } from "./text-kit.js";
import { kpiBarHeight, layoutKpiBar, type KpiHero, type ObjectiveKpi } from "./kpi-bar.js";
import { makeChart } from "./chart.js";
import { layoutSidePanel, roomyPanelSize, sidePanelHeight } from "./side-panel.js";
import { formatPeriodLabel } from "../i18n/format.js";
import { r3 } from "./grid.js";
import { methodWords } from "./method-words.js";
import { withFields } from "./with-fields.js";

/** Inches: the least height of a KPI row that carries a trend chart; the gap between rows. */
const CHART_ROW_H = 1.45;
/** Points: the current value's size in a KPI row, and alone on a slide. */
const ROW_VALUE = 32;
const CARD_VALUE = 54;
/** Characters: a fact this short is a figure (a budget), set in bold. */
const SHORT_FACT = 16;

export function layoutObjective(slide: ObjectiveSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid } = ctx;
  // Without KPIs the statement panel says the objective; a heading would repeat it.
  const heading = slide.kpis.length && slide.objectiveTitle !== slide.title ? slide.objectiveTitle : undefined;
  const headingH = heading ? lineHeightFor(ctx.theme.sizes.subtitle) / 72 + 0.12 : 0;
  const rowMin = (k: ObjectiveKpi): number => (k.history.length ? Math.max(CHART_ROW_H, kpiBarHeight(ctx)) : kpiBarHeight(ctx));
  const gap = grid.gutter * 1.5;
  const pages = paginateKpis(slide.kpis, { room: grid.body.h - headingH, gap, rowMin });
  // Bars keep one length on the slide: the chart column is reserved for all once one KPI has history.
  const anyChart = slide.kpis.some((k) => k.history.length > 0);
  return pages.map((kpis, page) => {
    // Continuation pages carry no side panels: their KPIs take the whole width.
    const area = page === 0 ? kpiArea(slide, ctx) : grid.col(0, 12);
    const body: Primitive[] = [];
    let y = grid.body.y;
    if (heading) {
      body.push(ctx.text(withFields(area, { y, h: headingH, paragraphs: [{ text: heading }], size: ctx.theme.sizes.subtitle, bold: true, color: ctx.theme.colors.primary, ellipsis: true, padding: 0.02, role: "label", field: "objectives.title", where: "the objective heading" })).primitive);
      y += headingH;
    }
    const room = withFields(area, { y, h: grid.body.y + grid.body.h - y });
    if (kpis.length === 1) body.push(...layoutSingleKpi(ctx, kpis[0], room));
    else body.push(...layoutKpiRows(ctx, kpis, room, { gap, anyChart }));
    if (page === 0) body.push(...sidePanels(slide, ctx));
    if (kpis.length === 0) body.push(...statementPanel(slide, ctx));
    const title = continuationTitle(slide.title, page + 1, pages.length, ctx.info.language);
    return framedSlide(ctx, { kind: slide.kind, title, subtitle: slide.subtitle }, body);
  });
}

/**
 * Rows share one height on a page, so a page holds as many KPIs as fit at its
 * tallest row's least height; the KPIs are then spread evenly over that many
 * pages (5 KPIs: 2 + 2 + 1 becomes 3 + 2... when it fits), so no page is a lone leftover.
 */
export function paginateKpis(kpis: ObjectiveKpi[], o: { room: number; gap: number; rowMin: (k: ObjectiveKpi) => number }): ObjectiveKpi[][] {
  const fits = (rows: ObjectiveKpi[]): boolean => rows.length * Math.max(...rows.map(o.rowMin)) + o.gap * (rows.length - 1) <= o.room + 1e-9;
  const greedy: ObjectiveKpi[][] = [[]];
  for (const k of kpis) {
    const page = greedy[greedy.length - 1];
    if (page.length && !fits([...page, k])) greedy.push([k]);
    else page.push(k);
  }
  const count = greedy.length;
  const even: ObjectiveKpi[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.ceil((kpis.length - start) / (count - i));
    even.push(kpis.slice(start, start + size));
    start += size;
  }
  return count > 1 && even.every(fits) ? even : greedy;
}

/** Eight columns beside the side panels, the whole width when there are none. */
function kpiArea(slide: ObjectiveSlide, ctx: LayoutContext): { x: number; w: number } {
  return slide.facts.length || slide.challenges.length ? ctx.grid.col(0, 8) : ctx.grid.col(0, 12);
}

type Box = { x: number; y: number; w: number; h: number };

/**
 * Several KPIs: rows of one height on a regular rhythm, each KPI's value large
 * when the row has room, its own trend chart on the right when it has history.
 */
function layoutKpiRows(ctx: LayoutContext, kpis: ObjectiveKpi[], room: Box, o: { gap: number; anyChart: boolean }): Primitive[] {
  const { grid, theme } = ctx;
  const rowH = (room.h - o.gap * (kpis.length - 1)) / kpis.length;
  const hero: KpiHero = { valueSize: ROW_VALUE, nameSize: theme.sizes.body };
  const useHero = kpiBarHeight(ctx, hero) <= rowH;
  const blockH = kpiBarHeight(ctx, useHero ? hero : undefined);
  const half = (room.w - grid.gutter) / 2;
  const out: Primitive[] = [];
  kpis.forEach((k, i) => {
    const y = room.y + i * (rowH + o.gap);
    const barW = o.anyChart ? half : room.w;
    out.push(...layoutKpiBar({ x: room.x, w: barW, y: r3(y + (rowH - blockH) / 2), kpi: k, field: "objectives.kpis.name", hero: useHero ? hero : undefined }, ctx));
    if (k.history.length) out.push(trendChart(ctx, k, { x: room.x + half + grid.gutter, w: half, y, h: rowH }));
    if (i > 0) out.push({ type: "line", x1: r3(room.x), y1: r3(y - o.gap / 2), x2: r3(room.x + room.w), y2: r3(y - o.gap / 2), stroke: { color: theme.colors.rule, width: 0.5 } });
  });
  return out;
}

/** One KPI: its value as the slide's one large number, the trend chart under it across the width, or a card. */
function layoutSingleKpi(ctx: LayoutContext, k: ObjectiveKpi, room: Box): Primitive[] {
  const { theme, grid } = ctx;
  if (k.history.length) {
    const hero: KpiHero = { valueSize: CARD_VALUE - 10, nameSize: theme.sizes.subtitle };
    const blockH = kpiBarHeight(ctx, hero);
    const chartY = room.y + blockH + grid.gutter * 1.5;
    return [
      ...layoutKpiBar({ x: room.x, w: room.w, y: room.y, kpi: k, field: "objectives.kpis.name", hero }, ctx),
      trendChart(ctx, k, { x: room.x, w: room.w, y: r3(chartY), h: r3(room.y + room.h - chartY) }),
    ];
  }
  // Without history the value stands alone on a card spanning the body, content centred.
  const hero: KpiHero = { valueSize: CARD_VALUE, nameSize: theme.sizes.subtitle, on: theme.colors.surface };
  const pad = 0.45;
  const blockH = kpiBarHeight(ctx, hero);
  return [
    { type: "rect", x: r3(room.x), y: r3(room.y), w: r3(room.w), h: r3(room.h), fill: theme.colors.surface, radius: 0.06 },
    { type: "rect", x: r3(room.x), y: r3(room.y), w: 0.1, h: r3(room.h), fill: theme.colors.accent },
    ...layoutKpiBar({ x: r3(room.x + pad), w: r3(room.w - 2 * pad), y: r3(room.y + (room.h - blockH) / 2), kpi: k, field: "objectives.kpis.name", hero }, ctx),
  ];
}

function trendChart(ctx: LayoutContext, k: ObjectiveKpi, box: Box): Primitive {
  const categories = k.history.map((p) => formatPeriodLabel(p.period, ctx.info.language));
  const values = k.history.map((p) => p.value);
  // The current value closes the series, unless the history already has the deck's quarter.
  if (k.current !== undefined && !k.history.some((p) => p.period === ctx.info.period)) {
    categories.push(ctx.info.periodLabel);
    values.push(k.current);
  }
  return makeChart({ chart: "line", x: r3(box.x), w: r3(box.w), y: r3(box.y), h: r3(box.h), categories, series: [{ name: k.name, values, color: ctx.theme.colors.primary }] }, ctx);
}

function sidePanels(slide: ObjectiveSlide, ctx: LayoutContext): Primitive[] {
  const { grid } = ctx;
  const col = grid.col(8, 4);
  const panels = [
    // A short figure (a budget) reads as a figure: bold.
    ...slide.facts.map((f) => ({ heading: f.label, paragraphs: [{ text: f.value, bold: f.value.length <= SHORT_FACT }], w: col.w })),
    ...(slide.challenges.length ? [{ heading: slide.challengesHeading, paragraphs: slide.challenges.map((text) => ({ text, bullet: true })), w: col.w }] : []),
  ];
  // Short panels read at the subtitle size, like the review panels, when all of them fit.
  const size = roomyPanelSize(ctx, panels, grid.body.h);
  const out: Primitive[] = [];
  let y = grid.body.y;
  panels.forEach((p, i) => {
    const room = grid.body.y + grid.body.h - y;
    const last = i === panels.length - 1;
    // The last panel runs to the body's foot, so the column ends where the KPIs do.
    const h = last ? room : sidePanelHeight(ctx, withFields(p, { size }), room / 2);
    if (h < 0.4) return;
    out.push(...layoutSidePanel(ctx, withFields(col, { y: r3(y), h: r3(h), heading: p.heading, paragraphs: p.paragraphs, size, field: "objectives", where: "the objective side panel" })));
    y += h + grid.gutter;
  });
  return out;
}

/** Without KPIs: the objective stated large on a card spanning the body, and the hint that no KPI is set yet. */
function statementPanel(slide: ObjectiveSlide, ctx: LayoutContext): Primitive[] {
  const { grid, theme } = ctx;
  const area = kpiArea(slide, ctx);
  const words = methodWords(ctx.info.language);
  const size = theme.sizes.title + 4;
  const x = area.x + 0.45;
  const w = area.w - 0.9;
  const labelH = lineHeightFor(theme.sizes.body) / 72 + 0.08;
  const statement = ctx.text({ x, y: 0, w, h: Math.min(3 * (lineHeightFor(size) / 72) + 0.1, grid.body.h - 1.6), paragraphs: [{ text: slide.objectiveTitle }], size, bold: true, color: theme.colors.primary, padding: 0.02, ellipsis: true, role: "body", field: "objectives.title", where: "the objective statement" });
  const titleH = statement.result.height + 0.08;
  const noteSize = theme.sizes.subtitle;
  const noteH = lineHeightFor(noteSize) / 72 * 2 + 0.1;
  const blockH = labelH + titleH + 0.25 + noteH;
  const top = grid.body.y + (grid.body.h - blockH) / 2;
  const bottom = grid.body.y + grid.body.h;
  const out: Primitive[] = [
    { type: "rect", x: area.x, y: grid.body.y, w: area.w, h: r3(grid.body.h), fill: theme.colors.surface, radius: 0.06 },
    { type: "rect", x: area.x, y: grid.body.y, w: 0.1, h: r3(grid.body.h), fill: theme.colors.accent },
    ctx.text({ x, y: r3(top), w, h: r3(labelH), paragraphs: [{ text: words.objective }], size: theme.sizes.body, bold: true, color: theme.colors.muted, padding: 0.02, ellipsis: true, role: "label" }).primitive,
    withFields(statement.primitive, { y: r3(top + labelH), h: r3(Math.min(titleH, bottom - top - labelH)) }),
  ];
  out.push(ctx.text({ x, y: r3(top + labelH + titleH + 0.25), w, h: r3(noteH), paragraphs: [{ text: words.noKpi }], size: noteSize, color: theme.colors.muted, padding: 0.02, ellipsis: true, role: "caption" }).primitive);
  return out;
}
