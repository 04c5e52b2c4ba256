// Action plan: a table grouped by objective (a tinted group row spanning the
// table), status as a coloured pill with its word, overdue dates in the danger
// colour with a triangle marker and a legend. Split between rows over
// continuation slides "Plan d'actions (2/3)", header repeated, and the group row
// repeated at the top of a page that continues a group.
import type { ActionRow, ActionsSlide } from "../deck/types.js";
import type { Primitive, SlideLayout, TableRow } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { balance } from "./split-rows.js";
import { CELL_PAD, measureTable, tablePrimitive, tableSize, type MeasuredTable } from "./table.js";
import { continuationTitle, wrapText, lineHeightFor } from "./text-kit.js";
import { readableOn, wash } from "./color.js";
import { statusPill, pillSize, pillFontSize } from "./pill.js";
import { overdueMarker, layoutOverdueLegend, LEGEND_H, MARKER_ROOM } from "./overdue.js";

const STATUS_COL = 3;
const DUE_COL = 2;

/**
 * Row densities, roomiest first: points taken off the table size, cell padding
 * in inches. The roomiest one that needs the fewest pages wins, so eleven actions
 * stay on one slide and thirty take three, not four half-empty ones.
 */
const DENSITIES = [
  { sizeDrop: 0, padding: CELL_PAD },
  { sizeDrop: 0, padding: 0.05 },
  { sizeDrop: 1, padding: 0.045 },
];

/** A table line of the action plan: a group row or an action row with its measured row. */
type Line = { kind: "group"; objective: string; row: TableRow; group: number } | { kind: "action"; action: ActionRow; row: TableRow; group: number };

export function layoutActions(slide: ActionsSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid } = ctx;
  const actions = slide.groups.flatMap((g) => g.rows);
  const hasOverdue = actions.some((a) => a.overdue);
  // The legend and its gap come out of the body, so the table's last page still clears the footer by a gutter.
  const available = grid.body.h - (hasOverdue ? LEGEND_H : 0);
  const plans = DENSITIES.map((density) => planPages(ctx, { slide, actions, density, available }));
  const fewest = Math.min(...plans.map((p) => p.pages.length));
  const { table, pages } = plans.find((p) => p.pages.length === fewest)!;
  return pages.map((page, i) => {
    const title = continuationTitle(slide.title, i + 1, pages.length, ctx.info.language);
    const body: Primitive[] = [tablePrimitive(ctx, { x: grid.body.x, y: grid.body.y, table, rows: page.map((l) => l.row) }), ...overlays(ctx, table, page)];
    // The legend follows the table: read right after the marked dates, not at the foot of a half-empty page.
    const tableBottom = grid.body.y + table.header.h + page.reduce((s, l) => s + l.row.h, 0);
    if (hasOverdue) body.push(...layoutOverdueLegend(ctx, { x: grid.body.x, y: tableBottom + 0.08, label: slide.overdueLabel }));
    return framedSlide(ctx, { kind: slide.kind, title, subtitle: slide.subtitle }, body);
  });
}

/** The table measured at one density, split over the fewest pages, then balanced so no page is left half empty. */
function planPages(
  ctx: LayoutContext,
  p: { slide: ActionsSlide; actions: ActionRow[]; density: (typeof DENSITIES)[number]; available: number },
): { table: MeasuredTable; pages: Line[][] } {
  const size = Math.max(ctx.theme.sizes.min, tableSize(ctx) - p.density.sizeDrop);
  const table = measureActionTable(ctx, p.slide, p.actions, { size, padding: p.density.padding });
  const lines = buildLines(p.slide, table, p.slide.groups.map((g) => groupRow(ctx, table, g.objective)));
  const room = p.available - table.header.h;
  const first = paginateLines(lines, room);
  return { table, pages: first.length > 1 ? balance(first.length, room, (r) => paginateLines(lines, r)) : first };
}

function measureActionTable(ctx: LayoutContext, slide: ActionsSlide, actions: ActionRow[], density: { size: number; padding: number }): MeasuredTable {
  const { colors } = ctx.theme;
  const pillPt = pillFontSize(ctx, density.size);
  const pillW = Math.max(0, ...actions.map((a) => pillSize(ctx, a.statusLabel, pillPt).w)) + 2 * density.padding + 0.02;
  // An expected-result column nobody filled in would only be an empty stripe: leave it out.
  const withExpected = actions.some((a) => a.expectedResult);
  return measureTable(ctx, {
    width: ctx.grid.body.w,
    ...density,
    columns: [
      { header: slide.columns.action, grow: 3, min: 2.6 },
      { header: slide.columns.owner, min: 1.1, max: 2.0 },
      { header: slide.columns.due, min: 1.1, max: 1.7 },
      { header: slide.columns.status, min: Math.max(1.1, pillW), max: 2.0 },
      ...(withExpected ? [{ header: slide.columns.expected, grow: 2, min: 2.2 }] : []),
    ],
    rows: actions.map((a) => [
      { text: a.action, field: `${a.field}.action` },
      { text: a.owner, field: `${a.field}.owner` },
      // The marker sits after the date, inside the cell, in room the column keeps for it.
      a.overdue ? { text: a.due, color: colors.danger, bold: true, reserve: MARKER_ROOM } : a.due,
      "",
      ...(withExpected ? [{ text: a.expectedResult ?? "", field: `${a.field}.expected_result` }] : []),
    ]),
  });
}

function groupRow(ctx: LayoutContext, table: MeasuredTable, objective: string): TableRow {
  const width = table.columns.reduce((s, w) => s + w, 0) - 2 * table.padding;
  const lines = wrapText(ctx.fonts, objective, { size: table.size, bold: true, width });
  const fill = groupFill(ctx);
  return { h: (lines.length * lineHeightFor(table.size)) / 72 + 2 * table.padding, cells: table.columns.map(() => ({ paragraphs: [{ lines: [[{ text: "" }]] }], fill })) };
}

function groupFill(ctx: LayoutContext): string {
  return wash(ctx.theme.colors.primary, ctx.theme.colors.background, 0.86);
}

function buildLines(slide: ActionsSlide, table: MeasuredTable, groupRows: TableRow[]): Line[] {
  const lines: Line[] = [];
  let k = 0;
  slide.groups.forEach((g, gi) => {
    if (g.objective) lines.push({ kind: "group", objective: g.objective, row: groupRows[gi], group: gi });
    for (const action of g.rows) lines.push({ kind: "action", action, row: table.rows[k++], group: gi });
  });
  return lines;
}

/** Greedy split between rows (inches available per page below the header); a group row never ends a page, and a page that continues a group repeats its row. */
export function paginateLines<L extends { kind: "group" | "action"; group: number; row: { h: number } }>(lines: L[], available: number): L[][] {
  const groupLine = new Map(lines.filter((l) => l.kind === "group").map((l) => [l.group, l]));
  const pages: L[][] = [];
  let page: L[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    const need = line.kind === "group" && next ? line.row.h + next.row.h : line.row.h;
    if (page.length && used + need > available + 1e-9) {
      pages.push(page);
      page = [];
      used = 0;
      const header = line.kind === "action" ? groupLine.get(line.group) : undefined;
      if (header) {
        page.push(header);
        used += header.row.h;
      }
    }
    page.push(line);
    used += line.row.h;
  }
  if (page.length || pages.length === 0) pages.push(page);
  return pages;
}

/** Pills, overdue markers and group titles drawn over the table at the computed cell positions. */
function overlays(ctx: LayoutContext, table: MeasuredTable, page: Line[]): Primitive[] {
  const x0 = ctx.grid.body.x;
  const colX = table.columns.map((_, i) => x0 + table.columns.slice(0, i).reduce((s, w) => s + w, 0));
  const width = table.columns.reduce((s, w) => s + w, 0);
  const out: Primitive[] = [];
  let y = ctx.grid.body.y + table.header.h;
  for (const line of page) {
    if (line.kind === "group") {
      out.push(ctx.text({ x: x0, y, w: width, h: line.row.h, padding: table.padding, paragraphs: [{ text: line.objective }], size: table.size, bold: true, color: readableOn(groupFill(ctx), [ctx.theme.colors.primary, ctx.theme.colors.text]), role: "label" }).primitive);
    } else {
      const firstLineH = lineHeightFor(table.size) / 72 + 2 * table.padding;
      out.push(statusPill(ctx, { status: line.action.status, label: line.action.statusLabel, x: colX[STATUS_COL] + table.padding, y, h: firstLineH, size: pillFontSize(ctx, table.size) }));
      if (line.action.overdue) out.push(overdueMarker(ctx, { x: colX[DUE_COL] + table.padding + ctx.fonts.measure(line.action.due, { size: table.size, bold: true }) / 72, y, h: firstLineH }));
    }
    y += line.row.h;
  }
  return out;
}
