// The shared measured-table builder: header + rows of strings in, column widths
// and row heights out, each cell's lines already wrapped with the font stack.
// Row heights come back per row so tables can be split between rows over
// continuation slides (a row is never split).
import type { Align, Color, Paragraph, TableCell, TablePrimitive, TableRow, TextRun } from "./types.js";
import type { LayoutContext } from "./context.js";
import { ellipsize, lineHeightFor, wrapText } from "./text-kit.js";
import { readableOn } from "./color.js";
import { withFields } from "./with-fields.js";

export interface ColumnSpec {
  header: string;
  align?: Align;
  /** Inches: bounds of the column width. */
  min?: number;
  max?: number;
  /** Share of the width left once content-sized columns (grow 0) are served. */
  grow?: number;
}

export interface CellSpec {
  text: string;
  bold?: boolean;
  color?: Color;
  fill?: Color;
  align?: Align;
  link?: string;
  /** Inches kept free after the text for a marker drawn over the cell. */
  reserve?: number;
  /** YAML path of the text: named in the warning when the cell is cut. */
  field?: string;
}

/** Lines a cell may take before it is cut with "…": a row must always fit a page. */
export const MAX_CELL_LINES = 8;

export interface MeasuredTable {
  /** Column widths (inches). */
  columns: number[];
  header: TableRow;
  rows: TableRow[];
  /** Points. */
  size: number;
  /** Inches. */
  padding: number;
}

/** Cell padding (inches). */
export const CELL_PAD = 0.07;

/** Table text: one step under body, never under the theme's minimum. */
export function tableSize(ctx: LayoutContext): number {
  return Math.max(ctx.theme.sizes.min, ctx.theme.sizes.body - 1);
}

/** Right-aligned when every non-empty cell reads as a number, amount, percentage or signed trend. */
export function isNumericColumn(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== "");
  // A number with the locale's separators, an optional sign and a short unit ("21,5 M€", "+4 %", "860 000 unités").
  return filled.length > 0 && filled.every((c) => /^[-+−]?\s*\d[\d\s.,\u00A0\u202F]*\s*(%|[\p{L}€$£¥]{0,8}\.?(\s?[€$£¥])?)\s*$/u.test(c.trim()));
}

/** `size` points (default tableSize), `padding` inches of cell padding (default CELL_PAD: denser tables pass less). */
export function measureTable(ctx: LayoutContext, input: { columns: ColumnSpec[]; rows: Array<Array<CellSpec | string>>; width: number; size?: number; padding?: number }): MeasuredTable {
  const size = input.size ?? tableSize(ctx);
  const padding = input.padding ?? CELL_PAD;
  const rows = input.rows.map((r) => r.map((c) => (typeof c === "string" ? { text: c } : c)));
  const widths = columnWidths(ctx, { columns: input.columns, rows, width: input.width, size, padding });
  // Numbers read down a right edge: a column of figures is right-aligned unless the caller said otherwise.
  const columns = input.columns.map((c, i) => (c.align ? c : isNumericColumn(rows.map((r) => r[i]?.text ?? "")) ? withFields(c, { align: "right" as const }) : c));
  const headerCells = columns.map((c) => ({ text: c.header, bold: true, align: c.align }));
  return {
    columns: widths,
    header: withFields(measureRow(ctx, headerCells, widths, size, padding), { header: true }),
    rows: rows.map((cells) => measureRow(ctx, cells.map((c, i) => (withFields(c, { align: c.align ?? columns[i].align }))), widths, size, padding)),
    size,
    padding,
  };
}

export function measureRow(ctx: LayoutContext, cells: CellSpec[], widths: number[], size: number, padding = CELL_PAD): TableRow {
  const lh = lineHeightFor(size);
  let maxLines = 1;
  const out: TableCell[] = cells.map((c, i) => {
    const width = widths[i] - 2 * padding - (c.reserve ?? 0);
    let lines = c.text ? wrapText(ctx.fonts, c.text, { size, bold: c.bold, width }) : [""];
    if (lines.length > MAX_CELL_LINES) {
      const last = ellipsize(ctx.fonts, lines[MAX_CELL_LINES - 1], { size, bold: c.bold }, width * 72 - 0.5);
      lines = [...lines.slice(0, MAX_CELL_LINES - 1), last];
      if (c.field) ctx.warn(c.field, `text shortened to fit ${MAX_CELL_LINES} lines of its table cell`);
    }
    maxLines = Math.max(maxLines, lines.length);
    const paragraph: Paragraph = { lines: lines.map((t) => [cellRun(t, c)]) };
    // Keys assigned in the IR's order rather than spread from temporaries: every cell of every table.
    const cell: TableCell = { paragraphs: [paragraph] };
    if (c.align) cell.align = c.align;
    if (c.fill) cell.fill = c.fill;
    if (c.bold) cell.bold = true;
    if (c.color) cell.color = c.color;
    if (c.field) cell.field = c.field;
    return cell;
  });
  return { h: (maxLines * lh) / 72 + 2 * padding, cells: out };
}

function cellRun(text: string, c: CellSpec): TextRun {
  const run: TextRun = { text };
  if (c.bold) run.bold = true;
  if (c.link) run.link = c.link;
  return run;
}

/** Content-sized columns get their natural width within bounds; growing columns share the rest. */
export function columnWidths(ctx: LayoutContext, t: { columns: ColumnSpec[]; rows: CellSpec[][]; width: number; size: number; padding?: number }): number[] {
  const padding = t.padding ?? CELL_PAD;
  const natural = t.columns.map((c, i) => {
    const longestHeaderWord = Math.max(0, ...c.header.split(/\s+/).map((w) => ctx.fonts.measure(w, { size: t.size, bold: true })));
    const cells = t.rows.map((r) => (r[i]?.text ? ctx.fonts.measure(r[i].text, { size: t.size, bold: r[i].bold }) + (r[i].reserve ?? 0) * 72 : 0));
    return Math.max(longestHeaderWord, ...cells) / 72 + 2 * padding + 0.01;
  });
  const clamp = (v: number, c: ColumnSpec) => Math.min(c.max ?? Infinity, Math.max(c.min ?? 0.6, v));
  const growTotal = t.columns.reduce((s, c) => s + (c.grow ?? 0), 0);
  if (growTotal === 0) return scaleTo(t.columns.map((c, i) => clamp(natural[i], c)), t.width);
  const fixed = t.columns.map((c, i) => (c.grow ? 0 : clamp(natural[i], c)));
  const rest = t.width - fixed.reduce((s, v) => s + v, 0);
  const grown = t.columns.map((c, i) => (c.grow ? Math.max(c.min ?? 0.8, (rest * c.grow) / growTotal) : fixed[i]));
  return scaleTo(grown, t.width);
}

function scaleTo(widths: number[], total: number): number[] {
  const sum = widths.reduce((s, v) => s + v, 0);
  return widths.map((w) => (w * total) / sum);
}

export function tablePrimitive(ctx: LayoutContext, t: { x: number; y: number; table: MeasuredTable; rows: TableRow[] }): TablePrimitive {
  const { colors } = ctx.theme;
  return {
    type: "table",
    x: t.x,
    y: t.y,
    columns: t.table.columns,
    rows: [t.table.header, ...t.rows],
    style: { fontFace: ctx.theme.fonts.face, fontSize: t.table.size, color: colors.text, lineHeight: lineHeightFor(t.table.size) },
    padding: t.table.padding,
    border: { color: colors.rule, width: 0.75 },
    headerFill: colors.primary,
    headerColor: readableOn(colors.primary, [colors.on_primary, "#FFFFFF", colors.text]),
  };
}

export function rowsHeight(rows: TableRow[]): number {
  return rows.reduce((s, r) => s + r.h, 0);
}
