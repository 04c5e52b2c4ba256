// How our offer supports one objective: what supports it and the usage gap on
// the left; the offers table (amounts right-aligned with their currency, the
// ROI column highlighted in the accent tint) and our advice on the right.
import type { SolutionSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { measureTable, tablePrimitive, rowsHeight, type CellSpec, type ColumnSpec } from "./table.js";
import { continuationTitle, lineHeightFor } from "./text-kit.js";
import { splitByHeight } from "./split-rows.js";
import { layoutSidePanel, sidePanelHeight, sidePanelHeadingHeight } from "./side-panel.js";
import { accentTint } from "./contrast.js";
import { r3 } from "./grid.js";

/** Inches: the least room worth giving the advice panel under the table. */
const MIN_ADVICE_H = 0.9;

export function layoutSolution(slide: SolutionSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid, theme } = ctx;
  const headingH = lineHeightFor(theme.sizes.subtitle) / 72 + 0.14;
  const top = grid.body.y + headingH;
  const bottom = grid.body.y + grid.body.h;
  const heading = ctx.text({ ...grid.col(0, 12), y: grid.body.y, h: headingH - 0.06, paragraphs: [{ text: slide.objectiveTitle }], size: theme.sizes.subtitle, bold: true, color: theme.colors.primary, padding: 0.02, ellipsis: true, role: "label", field: "solution.objective", where: "the objective heading" }).primitive;
  const left = leftPanels(slide, ctx, top, bottom);
  const right = grid.col(5, 7);
  const hh = sidePanelHeadingHeight(ctx);
  const hasTable = slide.offers.rows.length > 0;
  const adviceH = slide.advice.length ? Math.max(MIN_ADVICE_H, sidePanelHeight(ctx, { heading: slide.labels.advice ?? "", paragraphs: slide.advice.map((text) => ({ text, bullet: true })), w: right.w }, (bottom - top) / 2)) : 0;
  const table = hasTable ? offersTable(slide, ctx, right.w) : undefined;
  const tableRoom = bottom - top - hh - (adviceH ? adviceH + grid.gutter : 0);
  const pages = table ? splitByHeight(table.rows, tableRoom - table.header.h) : [[]];
  return pages.map((rows, page) => {
    const body: Primitive[] = [heading];
    let y = top;
    if (table) {
      body.push(ctx.text({ ...right, y: r3(y), h: hh, paragraphs: [{ text: slide.labels.offers ?? "" }], bold: true, color: theme.colors.primary, size: theme.sizes.body, padding: 0.02, ellipsis: true, role: "label" }).primitive);
      y += hh;
      body.push(tablePrimitive(ctx, { x: right.x, y: r3(y), table, rows }));
      y += table.header.h + rowsHeight(rows) + grid.gutter;
    }
    if (page === 0) {
      body.push(...left);
      if (slide.advice.length) {
        const h = Math.min(bottom - y, adviceH);
        body.push(...layoutSidePanel(ctx, { ...right, y: r3(y), h: r3(h), heading: slide.labels.advice ?? "", paragraphs: slide.advice.map((text) => ({ text, bullet: true })), accent: false, field: "solution.advice", where: "the advice panel" }));
      }
    }
    return framedSlide(ctx, { kind: slide.kind, title: continuationTitle(slide.title, page + 1, pages.length, ctx.info.language), subtitle: slide.subtitle }, body);
  });
}

function leftPanels(slide: SolutionSlide, ctx: LayoutContext, top: number, bottom: number): Primitive[] {
  const { grid } = ctx;
  const col = grid.col(0, 5);
  const support = { heading: slide.labels.support ?? "", paragraphs: [{ text: slide.support }], w: col.w };
  if (!slide.usage) return layoutSidePanel(ctx, { ...col, y: top, h: sidePanelHeight(ctx, support, bottom - top), ...support, field: "solution.support", where: "the support panel" });
  const usage = { heading: slide.labels.usage ?? "", paragraphs: [{ text: slide.usage }], w: col.w };
  const room = bottom - top - grid.gutter;
  const supportH = Math.min(sidePanelHeight(ctx, support, room / 2), room / 2);
  const usageH = Math.min(sidePanelHeight(ctx, usage, room - supportH), room - supportH);
  return [
    ...layoutSidePanel(ctx, { ...col, y: r3(top), h: r3(supportH), ...support, field: "solution.support", where: "the support panel" }),
    ...layoutSidePanel(ctx, { ...col, y: r3(top + supportH + grid.gutter), h: r3(usageH), ...usage, field: "solution.usage", where: "the usage panel" }),
  ];
}

function offersTable(slide: SolutionSlide, ctx: LayoutContext, width: number) {
  const { theme } = ctx;
  const last = slide.offers.columns.length - 1;
  const columns: ColumnSpec[] = slide.offers.columns.map((header, i) => (i === 0 ? { header, grow: 1, min: 1.8 } : { header, align: "right" as const, min: 0.9, max: 1.6 }));
  const roiFill = accentTint(theme);
  const rows: CellSpec[][] = slide.offers.rows.map((r) => r.map((text, i): CellSpec => (i === last && text ? { text, bold: true, fill: roiFill, color: theme.colors.text } : { text })));
  return measureTable(ctx, { width, columns, rows });
}
