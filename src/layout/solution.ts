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
import { layoutSidePanel, roomyPanelSize, sidePanelHeight, sidePanelHeadingHeight } from "./side-panel.js";
import { accentTint } from "./contrast.js";
import { r3 } from "./grid.js";
import { readableOn } from "./color.js";
import { bestOfferRow, layoutOfferFigures, MIN_FIGURES_H } from "./offer-figures.js";
import { withFields } from "./with-fields.js";

/** Inches: the least room worth giving the advice panel under the table. */
const MIN_ADVICE_H = 0.9;
/** Inches: the tallest the best offer's figures get. */
const MAX_FIGURES_H = 3.2;

export function layoutSolution(slide: SolutionSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid, theme } = ctx;
  const headingH = lineHeightFor(theme.sizes.subtitle) / 72 + 0.14;
  const top = grid.body.y + headingH;
  const bottom = grid.body.y + grid.body.h;
  const heading = ctx.text(withFields(grid.col(0, 12), { y: grid.body.y, h: headingH - 0.06, paragraphs: [{ text: slide.objectiveTitle }], size: theme.sizes.subtitle, bold: true, color: theme.colors.primary, padding: 0.02, ellipsis: true, role: "label", field: "solution.objective", where: "the objective heading" })).primitive;
  const hasTable = slide.offers.rows.length > 0;
  const frame = (body: Primitive[], page = 0, pages = 1): SlideLayout => framedSlide(ctx, { kind: slide.kind, title: continuationTitle(slide.title, page + 1, pages, ctx.info.language), subtitle: slide.subtitle }, body);
  // Only how we help: a statement across the body, not a small box in a corner.
  if (!hasTable && !slide.advice.length && !slide.usage) return [frame([heading, ...supportStatement(slide, ctx, withFields(grid.col(0, 12), { y: top, h: bottom - top }))])];
  const hasRight = hasTable || slide.advice.length > 0;
  const left = leftPanels(slide, ctx, { top, bottom, wide: !hasRight });
  const right = grid.col(5, 7);
  // The offers label reads like the panel headings beside it.
  const hh = sidePanelHeadingHeight(ctx, left.size);
  const labelSize = Math.min(theme.sizes.subtitle, Math.max(theme.sizes.body, left.size));
  const advice = { heading: slide.labels.advice ?? "", paragraphs: slide.advice.map((text) => ({ text, bullet: true })), w: right.w };
  const adviceH = slide.advice.length ? Math.max(MIN_ADVICE_H, sidePanelHeight(ctx, advice, (bottom - top) / 2)) : 0;
  const table = hasTable ? offersTable(slide, ctx, right.w) : undefined;
  const tableRoom = bottom - top - hh - (adviceH ? adviceH + grid.gutter : 0);
  const pages = table ? splitByHeight(table.rows, tableRoom - table.header.h) : [[]];
  return pages.map((rows, page) => {
    const body: Primitive[] = [heading];
    let y = top;
    if (table) {
      body.push(ctx.text(withFields(right, { y: r3(y), h: hh, paragraphs: [{ text: slide.labels.offers ?? "" }], bold: true, color: theme.colors.primary, size: labelSize, padding: 0.02, ellipsis: true, role: "label" })).primitive);
      y += hh;
      body.push(tablePrimitive(ctx, { x: right.x, y: r3(y), table, rows }));
      y += table.header.h + rowsHeight(rows) + grid.gutter;
    }
    const best = page === 0 && !slide.advice.length ? bestOfferRow(slide.offers.rows) : undefined;
    if (best && bottom - y >= MIN_FIGURES_H) {
      const h = Math.min(MAX_FIGURES_H, bottom - y);
      body.push(...layoutOfferFigures(ctx, withFields(right, { y: r3(y), h: r3(h), columns: slide.offers.columns, row: best, caption: slide.offers.rows.length > 1 ? best[0] : undefined })));
    }
    if (page === 0) {
      body.push(...left.primitives);
      if (slide.advice.length) {
        // The advice runs to the foot of the body, read larger when it has the room.
        const h = bottom - y;
        const size = roomyPanelSize(ctx, [advice], h);
        body.push(...layoutSidePanel(ctx, withFields(right, { y: r3(y), h: r3(h) }, advice, { size, field: "solution.advice", where: "the advice panel" })));
      }
    }
    return frame(body, page, pages.length);
  });
}

/** How we help and the usage gap: panels filling the left column (or the body's two halves when nothing sits on the right). */
function leftPanels(slide: SolutionSlide, ctx: LayoutContext, o: { top: number; bottom: number; wide: boolean }): { primitives: Primitive[]; size: number } {
  const { grid } = ctx;
  const col = o.wide ? grid.col(0, 6) : grid.col(0, 5);
  const support = { heading: slide.labels.support ?? "", paragraphs: [{ text: slide.support }], w: col.w, field: "solution.support", where: "the support panel" };
  const room = o.bottom - o.top;
  if (!slide.usage) {
    // Alone in a column the body's height, a short support reads larger still.
    const size = roomyPanelSize(ctx, [support], room / 2, [ctx.theme.sizes.subtitle + 4, ctx.theme.sizes.subtitle]);
    return { primitives: layoutSidePanel(ctx, withFields(col, { y: o.top, h: r3(room) }, support, { size })), size };
  }
  const usage = { heading: slide.labels.usage ?? "", paragraphs: [{ text: slide.usage }], w: col.w, field: "solution.usage", where: "the usage panel" };
  if (o.wide) {
    const other = grid.col(6, 6);
    const size = Math.min(roomyPanelSize(ctx, [support], room), roomyPanelSize(ctx, [usage], room));
    return { primitives: [...layoutSidePanel(ctx, withFields(col, { y: o.top, h: r3(room) }, support, { size })), ...layoutSidePanel(ctx, withFields(other, { y: o.top, h: r3(room) }, usage, { w: other.w, size }))], size };
  }
  const size = roomyPanelSize(ctx, [support, usage], room);
  const stacked = room - grid.gutter;
  const needSupport = sidePanelHeight(ctx, withFields(support, { size }), stacked);
  const needUsage = sidePanelHeight(ctx, withFields(usage, { size }), stacked);
  // Spare height is shared so both panels end on the body's foot; a long text keeps at least its need.
  const spare = Math.max(0, stacked - needSupport - needUsage) / 2;
  const supportH = Math.min(needSupport + spare, stacked - Math.min(needUsage, stacked / 2));
  return {
    primitives: [
      ...layoutSidePanel(ctx, withFields(col, { y: r3(o.top), h: r3(supportH) }, support, { size })),
      ...layoutSidePanel(ctx, withFields(col, { y: r3(o.top + supportH + grid.gutter), h: r3(stacked - supportH) }, usage, { size })),
    ],
    size,
  };
}

/** A lone "how we help": its label and the text large on a card across the body, centred in it. */
function supportStatement(slide: SolutionSlide, ctx: LayoutContext, box: { x: number; y: number; w: number; h: number }): Primitive[] {
  const { theme } = ctx;
  const x = box.x + 0.45;
  const w = box.w - 0.9;
  const labelH = lineHeightFor(theme.sizes.body) / 72 + 0.08;
  const size = theme.sizes.title;
  const probe = ctx.text({ x, y: 0, w, h: box.h - labelH - 0.6, paragraphs: [{ text: slide.support }], size, color: theme.colors.text, padding: 0.02, ellipsis: true, role: "body", field: "solution.support", where: "the support statement" });
  const textH = probe.result.height + 0.06;
  const y = box.y + (box.h - labelH - textH) / 2;
  return [
    { type: "rect", x: r3(box.x), y: r3(box.y), w: r3(box.w), h: r3(box.h), fill: theme.colors.surface, radius: 0.06 },
    { type: "rect", x: r3(box.x), y: r3(box.y), w: 0.1, h: r3(box.h), fill: theme.colors.accent },
    ctx.text({ x, y: r3(y), w, h: r3(labelH), paragraphs: [{ text: slide.labels.support ?? "" }], size: theme.sizes.body, bold: true, color: theme.colors.primary, padding: 0.02, ellipsis: true, role: "label" }).primitive,
    withFields(probe.primitive, { y: r3(y + labelH), h: r3(textH) }),
  ];
}

function offersTable(slide: SolutionSlide, ctx: LayoutContext, width: number) {
  const { theme } = ctx;
  const last = slide.offers.columns.length - 1;
  const columns: ColumnSpec[] = slide.offers.columns.map((header, i) => (i === 0 ? { header, grow: 1, min: 1.8 } : { header, align: "right" as const, min: 0.9, max: 1.6 }));
  const roiFill = accentTint(theme);
  const rows: CellSpec[][] = slide.offers.rows.map((r) => r.map((text, i): CellSpec => (i === last && text ? { text, bold: true, fill: roiFill, color: theme.colors.text } : { text })));
  const table = measureTable(ctx, { width, columns, rows });
  // The ROI header is marked like its column, in the accent itself so the header row stays one band.
  const header = table.header.cells[last];
  table.header.cells[last] = withFields(header, { fill: theme.colors.accent, color: readableOn(theme.colors.accent, [theme.colors.on_accent, "#FFFFFF", theme.colors.text]) });
  return table;
}
