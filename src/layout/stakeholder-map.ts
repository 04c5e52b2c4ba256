// The stakeholder map (internal decks only): an org chart drawn from
// `reports_to` with equal boxes, aligned levels and orthogonal connectors, and
// a legend in a free top corner (else along the bottom). Wide charts first get
// narrower boxes and smaller type (never under the theme's minimum), then split
// by branch over "(continued)" slides.
import type { StakeholderMapSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { chartExtentFloor, chartShape, placeOrgChart, type OrgChart } from "./org-chart.js";
import { splitOrgChart } from "./org-chart-split.js";
import { combineMetrics, layoutStakeholderBox, measureBoxes, measurePerson, type BoxMetrics, type BoxStyle, type PersonMetrics } from "./stakeholder-box.js";
import type { ViewStakeholder } from "../view/types.js";
import { layoutLegend, legendSize } from "./legend.js";
import { pageTitle } from "./method-words.js";
import { r3, type Box } from "./grid.js";

/** Inches: vertical gaps between levels, roomy first (the connector bus runs at their middle). */
const LEVEL_GAPS = [0.36, 0.26];
/** Inches: the most a short chart is pushed down from the top of the body. */
const MAX_DROP = 0.8;

/**
 * From the most comfortable box to the smallest readable one: width (inches) and
 * type sizes. Chips shrink first and names last: a name may take two lines
 * before it drops under the subtitle's neighbour sizes (12 pt in the default theme).
 */
export function boxStyles(ctx: LayoutContext): BoxStyle[] {
  const { body, small, min } = ctx.theme.sizes;
  const pt = (v: number): number => Math.max(min, v);
  // Points taken off the name, the title and stance line, and the chips.
  // A small chart (the method's 5 to 10 people) gets larger boxes and type first.
  const steps: Array<[number, number, number, number]> = [
    [3.1, -3, -2, -1],
    [2.8, -2, -1, 0],
    [2.6, 0, 0, 0],
    [2.3, 0, 0, 0],
    [2.05, 0, 0, 1],
    [1.85, 1, 0, 1],
    [1.65, 1, 0, 1],
    [1.5, 1, 0, 1],
    [1.36, 1, 0, 1],
    [1.36, 2, 1, 1],
    [1.36, body, small, small],
  ];
  return steps.flatMap(([w, dn, dt, dc]) =>
    // A third title line before a narrower box: a long title is better whole than cut.
    [3, 2].map((maxTitleLines) => ({ w, maxTitleLines, nameSize: pt(body - dn), textSize: pt(small - dt), chipSize: pt(small - dc) })),
  );
}

export interface MapPage {
  metrics: BoxMetrics;
  chart: OrgChart;
  /** Chart origin on the slide (inches). */
  ox: number;
  oy: number;
  legend: { x: number; y: number; lines: 1 | 2 };
}

const intersects = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The largest box style whose chart fits the body (legend included), or undefined. */
export function fitMapPage(ctx: LayoutContext, slide: StakeholderMapSlide, ids: Set<string>): MapPage | undefined {
  return mapFitter(ctx, slide)(ids);
}

/**
 * fitMapPage for one slide, remembering as it goes: splitting a large chart
 * tries many groups of the same people, so each person is measured once per
 * box style and each group is fitted once (the split's last try is the page).
 */
function mapFitter(ctx: LayoutContext, slide: StakeholderMapSlide): (ids: Set<string>) => MapPage | undefined {
  const styles = boxStyles(ctx);
  const measured = styles.map(() => new Map<ViewStakeholder, PersonMetrics>());
  const fitted = new Map<string, MapPage | undefined>();
  const personIn = (style: number, p: ViewStakeholder): PersonMetrics => {
    let m = measured[style].get(p);
    if (!m) measured[style].set(p, (m = measurePerson(ctx, p, slide.labels, styles[style])));
    return m;
  };
  const legend = legendSizes(ctx, slide);
  const { body, gutter } = ctx.grid;
  const fit = (people: ViewStakeholder[]): MapPage | undefined => {
    const org = people.map((p) => ({ id: p.id, parent: p.reports_to }));
    const shape = chartShape(org);
    for (const [i, style] of styles.entries()) {
      // Placing the chart is the costly part, measuring the people the next: skip both
      // when even the chart's floor cannot fit (with a margin far above float noise, so
      // the outcome is placeOrgChart's own). The width floor needs only the box width.
      if (chartExtentFloor(shape, { boxW: style.w, boxH: 0, gapX: gutter, gapY: 0 }).width > body.w + 1e-6) continue;
      const metrics = combineMetrics(style, people.map((p) => personIn(i, p)));
      // A deep chart first tightens the space between levels, then tries smaller boxes.
      for (const gapY of LEVEL_GAPS) {
        const opts = { boxW: metrics.w, boxH: metrics.h, gapX: gutter, gapY, treeGap: gutter * 2 };
        if (chartExtentFloor(shape, opts).height > body.h + 1e-6) continue;
        const chart = placeOrgChart(org, opts);
        if (chart.width > body.w + 1e-9) break;
        const page = placeOnBody(ctx, legend, metrics, chart);
        if (page) return page;
      }
    }
    return undefined;
  };
  return (ids) => {
    const people = slide.people.filter((p) => ids.has(p.id));
    const key = people.map((p) => p.id).join("\n");
    if (!fitted.has(key)) fitted.set(key, fit(people));
    return fitted.get(key);
  };
}

interface LegendSizes {
  /** Two lines, for a top corner. */
  corner: { w: number; h: number };
  /** One line, along the bottom. */
  strip: { w: number; h: number };
}

const legendSizes = (ctx: LayoutContext, slide: StakeholderMapSlide): LegendSizes => ({
  corner: legendSize(ctx, { labels: slide.labels, lines: 2 }),
  strip: legendSize(ctx, { labels: slide.labels, lines: 1 }),
});

/** Centres the chart under the title with the legend in a free top corner, else along the bottom. */
function placeOnBody(ctx: LayoutContext, { corner, strip }: LegendSizes, metrics: BoxMetrics, chart: OrgChart): MapPage | undefined {
  const { body, gutter } = ctx.grid;
  const ox = body.x + (body.w - chart.width) / 2;
  if (chart.height <= body.h + 1e-9) {
    const oy = body.y + Math.min(MAX_DROP, (body.h - chart.height) / 2);
    const boxes = chart.boxes.map((b) => ({ x: ox + b.x - gutter, y: oy + b.y - gutter, w: b.w + 2 * gutter, h: b.h + 2 * gutter }));
    for (const x of [body.x, body.x + body.w - corner.w]) {
      const rect = { x, y: body.y, w: corner.w, h: corner.h };
      if (!boxes.some((b) => intersects(b, rect))) return { metrics, chart, ox, oy, legend: { x, y: body.y, lines: 2 } };
    }
  }
  const room = body.h - strip.h - gutter;
  if (chart.height > room + 1e-9 || strip.w > body.w) return undefined;
  const oy = body.y + Math.min(MAX_DROP, (room - chart.height) / 2);
  return { metrics, chart, ox, oy, legend: { x: body.x, y: body.y + body.h - strip.h, lines: 1 } };
}

export function layoutStakeholderMap(slide: StakeholderMapSlide, ctx: LayoutContext): SlideLayout[] {
  const people = slide.people.map((p) => ({ id: p.id, parent: p.reports_to }));
  const fit = mapFitter(ctx, slide);
  const pages = splitOrgChart(people, (ids) => fit(new Set(ids)) !== undefined);
  return (pages.length ? pages : [[]]).map((ids, page) => {
    const fitted = fit(new Set(ids)) ?? fallbackPage(ctx, slide, ids);
    const body = drawMap(ctx, slide, fitted);
    return framedSlide(ctx, { kind: slide.kind, title: pageTitle(slide.title, page, ctx.info.language), subtitle: slide.subtitle }, body);
  });
}

/** A lone branch that fits nowhere (a very deep chain): smallest boxes, top-aligned, with a warning. */
function fallbackPage(ctx: LayoutContext, slide: StakeholderMapSlide, ids: string[]): MapPage {
  const { body, gutter } = ctx.grid;
  const people = slide.people.filter((p) => ids.includes(p.id));
  const styles = boxStyles(ctx);
  const metrics = measureBoxes(ctx, people, slide.labels, styles[styles.length - 1]);
  const chart = placeOrgChart(people.map((p) => ({ id: p.id, parent: p.reports_to })), { boxW: metrics.w, boxH: metrics.h, gapX: gutter, gapY: LEVEL_GAPS[LEVEL_GAPS.length - 1] });
  if (ids.length) ctx.warn("stakeholders", "the stakeholder map does not fit one slide even at the smallest readable size");
  const strip = legendSize(ctx, { labels: slide.labels, lines: 1 });
  return { metrics, chart, ox: body.x + Math.max(0, (body.w - chart.width) / 2), oy: body.y, legend: { x: body.x, y: body.y + body.h - strip.h, lines: 1 } };
}

function drawMap(ctx: LayoutContext, slide: StakeholderMapSlide, f: MapPage): Primitive[] {
  const out: Primitive[] = [];
  // Connectors first, so boxes sit on top of their ends.
  const stroke = { color: ctx.theme.colors.muted, width: 1.25 };
  for (const c of f.chart.connectors) {
    for (let i = 1; i < c.points.length; i++) {
      const a = c.points[i - 1];
      const b = c.points[i];
      out.push({ type: "line", x1: r3(f.ox + a.x), y1: r3(f.oy + a.y), x2: r3(f.ox + b.x), y2: r3(f.oy + b.y), stroke });
    }
  }
  const index = new Map(slide.people.map((p, i) => [p.id, i]));
  for (const b of f.chart.boxes) {
    const i = index.get(b.id)!;
    out.push(...layoutStakeholderBox(ctx, { person: slide.people[i], x: f.ox + b.x, y: f.oy + b.y, m: f.metrics, labels: slide.labels, field: `stakeholders[${i}]` }));
  }
  out.push(...layoutLegend(ctx, { x: f.legend.x, y: f.legend.y, labels: slide.labels, lines: f.legend.lines }));
  return out;
}
