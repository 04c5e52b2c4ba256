// Tables as native `a:tbl`: exact column widths and row heights from the layout
// (which already split long tables over continuation slides), so autoPage is off.
import type { BorderProps, PptxTableCell, TableCellProps } from "./pptxgen.js";
import type { Stroke, TableCell, TablePrimitive, TableRow } from "../../layout/types.js";
import type { PptxSlide, RenderContext } from "./context.js";
import { escapeXml } from "./postprocess/xml-escape.js";
import { convertParagraphs } from "./text-runs.js";
import { inchesToPoints, toHex } from "./units.js";

export function renderTable(slide: PptxSlide, p: TablePrimitive, ctx: RenderContext): void {
  const border = cellBorder(p.border);
  const margin = cellMargin(p.padding);
  const rows = p.rows.map((row) => row.cells.map((cell) => tableCell({ cell, row, p, ctx, border, margin })));
  slide.addTable(rows, {
    x: p.x,
    y: p.y,
    w: sum(p.columns),
    h: sum(p.rows.map((row) => row.h)),
    colW: p.columns,
    rowH: p.rows.map((row) => row.h),
    autoPage: false,
    // Written unescaped by pptxgenjs (cell end-of-paragraph properties).
    fontFace: escapeXml(p.style.fontFace),
    fontSize: p.style.fontSize,
    color: toHex(p.style.color),
    margin,
    valign: "top",
  });
}

interface CellInput {
  cell: TableCell;
  row: TableRow;
  p: TablePrimitive;
  ctx: RenderContext;
  border: BorderProps;
  margin: number;
}

function tableCell({ cell, row, p, ctx, border, margin }: CellInput): PptxTableCell {
  const color = cell.color ?? (row.header ? p.headerColor : undefined) ?? p.style.color;
  const fill = cell.fill ?? (row.header ? p.headerFill : undefined);
  const align = cell.align ?? "left";
  const { runs, fixups } = convertParagraphs(cell.paragraphs, {
    fontFace: p.style.fontFace,
    fontSize: p.style.fontSize,
    color,
    bold: cell.bold ?? p.style.bold,
    italic: p.style.italic,
    lineHeight: p.style.lineHeight,
    align,
    lang: ctx.lang,
  });
  ctx.slide.paragraphs.push(...fixups);
  const options: TableCellProps = {
    align,
    valign: "top",
    color: toHex(color),
    bold: cell.bold ?? p.style.bold ?? false,
    border: [border, border, border, border],
    margin,
  };
  if (fill) options.fill = { color: toHex(fill) };
  return { text: runs, options };
}

function cellBorder(stroke: Stroke): BorderProps {
  if (stroke.width <= 0) return { type: "none" };
  // Table borders only know solid and dashed.
  return { type: stroke.dash && stroke.dash !== "solid" ? "dash" : "solid", pt: stroke.width, color: toHex(stroke.color) };
}

/**
 * pptxgenjs reads a cell margin >= 1 as points and below 1 as inches (a v3
 * compatibility rule), so write points unless they would be misread.
 */
function cellMargin(paddingInches: number): number {
  const points = inchesToPoints(paddingInches);
  return points >= 1 ? points : paddingInches;
}

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
