// One objective per slide: its KPIs as progress bars of equal length (left,
// eight columns), a small trend chart beside each KPI that has history, and the
// budget, expected result and challenges in side panels (right, four columns).
// KPIs that do not fit the body continue on a "(2/2)" slide; panels stay on the first.
import type { ObjectiveSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { continuationTitle, lineHeightFor } from "./text-kit.js";
import { kpiBarHeight, layoutKpiBar, type ObjectiveKpi } from "./kpi-bar.js";
import { makeChart } from "./chart.js";
import { layoutSidePanel, sidePanelHeight } from "./side-panel.js";
import { periodLabel } from "./period-label.js";
import { r3 } from "./grid.js";
import { methodWords } from "./method-words.js";

/** Inches: the least and the most height of a KPI row that carries a trend chart. */
const CHART_ROW_H = 1.9;
const MAX_CHART_ROW_H = 2.7;

export function layoutObjective(slide: ObjectiveSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid } = ctx;
  // Without KPIs the statement panel says the objective; a heading would repeat it.
  const heading = slide.kpis.length && slide.objectiveTitle !== slide.title ? slide.objectiveTitle : undefined;
  const headingH = heading ? lineHeightFor(ctx.theme.sizes.subtitle) / 72 + 0.12 : 0;
  const rowH = (k: ObjectiveKpi): number => (k.history.length ? Math.max(CHART_ROW_H, kpiBarHeight(ctx)) : kpiBarHeight(ctx));
  const gap = grid.gutter * 1.5;
  const pages: ObjectiveKpi[][] = [[]];
  let used = headingH;
  for (const k of slide.kpis) {
    const need = rowH(k) + (pages[pages.length - 1].length ? gap : 0);
    if (pages[pages.length - 1].length && used + need > grid.body.h) {
      pages.push([k]);
      used = rowH(k);
    } else {
      pages[pages.length - 1].push(k);
      used += need;
    }
  }
  return pages.map((kpis, page) => {
    const body: Primitive[] = [];
    let y = grid.body.y;
    if (heading) {
      body.push(ctx.text({ ...grid.col(0, 8), y, h: headingH, paragraphs: [{ text: heading }], size: ctx.theme.sizes.subtitle, bold: true, color: ctx.theme.colors.primary, ellipsis: true, padding: 0.02, role: "label", field: "objectives.title", where: "the objective heading" }).primitive);
      y += headingH;
    }
    // Spare height goes to the charts first (up to a comfortable size), then to the gaps.
    const charts = kpis.filter((k) => k.history.length).length;
    // Bars keep one length on the page: the chart column is reserved for all once one KPI has history.
    const anyChart = slide.kpis.some((k) => k.history.length > 0);
    const base = kpis.reduce((s, k) => s + rowH(k), 0) + gap * Math.max(0, kpis.length - 1);
    const spare = Math.max(0, grid.body.y + grid.body.h - y - base);
    const grow = charts ? Math.min(MAX_CHART_ROW_H - CHART_ROW_H, spare / charts) : 0;
    const extraGap = Math.min(0.35, kpis.length > 1 ? (spare - grow * charts) / (kpis.length - 1) : 0);
    for (const k of kpis) {
      const h = rowH(k) + (k.history.length ? grow : 0);
      body.push(...layoutKpiRow(ctx, k, y, h, anyChart));
      y += h + gap + extraGap;
    }
    if (page === 0) body.push(...sidePanels(slide, ctx));
    if (kpis.length === 0) body.push(...statementPanel(slide, ctx));
    const title = continuationTitle(slide.title, page + 1, pages.length, ctx.info.language);
    return framedSlide(ctx, { kind: slide.kind, title, subtitle: slide.subtitle }, body);
  });
}

function layoutKpiRow(ctx: LayoutContext, k: ObjectiveKpi, y: number, h: number, anyChart: boolean): Primitive[] {
  const { grid } = ctx;
  const barCol = anyChart ? grid.col(0, 5) : grid.col(0, 8);
  if (!k.history.length) return layoutKpiBar({ ...barCol, y, kpi: k, field: "objectives.kpis.name" }, ctx);
  const chartCol = grid.col(5, 3);
  const barY = y + (h - kpiBarHeight(ctx)) / 2;
  const categories = k.history.map((p) => periodLabel(p.period, ctx.info.language));
  const values = k.history.map((p) => p.value);
  // The current value closes the series, unless the history already has the deck's quarter.
  if (k.current !== undefined && !k.history.some((p) => p.period === ctx.info.period)) {
    categories.push(ctx.info.periodLabel);
    values.push(k.current);
  }
  const chart = makeChart({ chart: "line", ...chartCol, y: r3(y), h: r3(h), categories, series: [{ name: k.name, values, color: ctx.theme.colors.primary }] }, ctx);
  return [...layoutKpiBar({ ...barCol, y: barY, kpi: k, field: "objectives.kpis.name" }, ctx), chart];
}

function sidePanels(slide: ObjectiveSlide, ctx: LayoutContext): Primitive[] {
  const { grid } = ctx;
  const col = grid.col(8, 4);
  const panels = [
    ...slide.facts.map((f) => ({ heading: f.label, paragraphs: [{ text: f.value }] })),
    ...(slide.challenges.length ? [{ heading: slide.challengesHeading, paragraphs: slide.challenges.map((text) => ({ text, bullet: true })) }] : []),
  ];
  const out: Primitive[] = [];
  let y = grid.body.y;
  panels.forEach((p, i) => {
    const room = grid.body.y + grid.body.h - y;
    const last = i === panels.length - 1;
    const h = last ? Math.min(room, sidePanelHeight(ctx, { ...p, w: col.w }, room)) : sidePanelHeight(ctx, { ...p, w: col.w }, room / 2);
    if (h < 0.4) return;
    out.push(...layoutSidePanel(ctx, { ...col, y: r3(y), h: r3(h), heading: p.heading, paragraphs: p.paragraphs, field: "objectives", where: "the objective side panel" }));
    y += h + grid.gutter;
  });
  return out;
}

/** Without KPIs: a calm panel saying so (and stating the objective when the title does not already). */
function statementPanel(slide: ObjectiveSlide, ctx: LayoutContext): Primitive[] {
  const { grid, theme } = ctx;
  const col = grid.col(0, slide.facts.length || slide.challenges.length ? 8 : 12);
  const statement = slide.objectiveTitle !== slide.title ? slide.objectiveTitle : undefined;
  const size = theme.sizes.subtitle + 4;
  const titleH = statement ? Math.min(1.6, 3 * (lineHeightFor(size) / 72) + 0.1) : 0;
  const noteSize = statement ? theme.sizes.body : theme.sizes.subtitle;
  const noteH = lineHeightFor(noteSize) / 72 + 0.1;
  const h = 0.25 + (statement ? titleH + 0.1 : 0) + noteH + 0.25;
  const x = col.x + 0.3;
  const w = col.w - 0.45;
  const out: Primitive[] = [
    { type: "rect", x: col.x, y: grid.body.y, w: col.w, h: r3(h), fill: theme.colors.surface, radius: 0.06 },
    { type: "rect", x: col.x, y: grid.body.y, w: 0.1, h: r3(h), fill: theme.colors.accent },
  ];
  if (statement) out.push(ctx.text({ x, y: r3(grid.body.y + 0.25), w, h: r3(titleH), paragraphs: [{ text: statement }], size, bold: true, color: theme.colors.primary, padding: 0.02, valign: "middle", ellipsis: true, role: "body", field: "objectives.title", where: "the objective statement" }).primitive);
  out.push(ctx.text({ x, y: r3(grid.body.y + 0.25 + (statement ? titleH + 0.1 : 0)), w, h: r3(noteH), paragraphs: [{ text: methodWords(ctx.info.language).noKpi }], size: noteSize, color: theme.colors.muted, padding: 0.02, ellipsis: true, role: "caption" }).primitive);
  return out;
}
