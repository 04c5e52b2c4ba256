// A table replayed from the IR: row heights and column widths were decided by
// the layout; here only the fills, the grid and each cell's paragraphs.
import type { TablePrimitive, TableCell, TableRow } from "../../layout/types.js";
import type { PdfDoc, PdfRenderContext } from "./context.js";
import { applyStroke, fillRect, writeStrokedSegments } from "./paint.js";
import { drawParagraphs, type ParagraphBox } from "./paragraphs.js";
import { pt } from "./units.js";

interface CellBox {
  /** Points. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Offsets (points) of each boundary, starting at 0: n sizes give n + 1 edges. */
function edges(sizes: number[]): number[] {
  return sizes.reduce((acc, s) => [...acc, acc[acc.length - 1] + pt(s)], [0]);
}

/** A cell past the last column has no box: drawing it would write NaN coordinates into the page. */
function cellsOf(t: TablePrimitive, row: TableRow): TableCell[] {
  return row.cells.slice(0, t.columns.length);
}

function fillOf(t: TablePrimitive, row: TableRow, cell: TableCell): string | undefined {
  return cell.fill ?? (row.header ? t.headerFill : undefined);
}

function drawCellFill(doc: PdfDoc, box: CellBox, fill: string): void {
  fillRect(doc, box.x, box.y, box.w, box.h, fill);
}

function drawGrid(doc: PdfDoc, t: TablePrimitive, origin: { x: number; y: number }, xs: number[], ys: number[]): void {
  if (t.border.width <= 0) return;
  const [right, bottom] = [xs[xs.length - 1], ys[ys.length - 1]];
  const segments: Array<[number, number, number, number]> = [];
  for (const y of ys) segments.push([origin.x, origin.y + y, origin.x + right, origin.y + y]);
  for (const x of xs) segments.push([origin.x + x, origin.y, origin.x + x, origin.y + bottom]);
  if (writeStrokedSegments(doc, t.border, segments)) return;
  doc.save();
  applyStroke(doc, t.border);
  for (const [x1, y1, x2, y2] of segments) doc.moveTo(x1, y1).lineTo(x2, y2);
  doc.stroke();
  doc.restore();
}

function drawCellText(doc: PdfDoc, t: TablePrimitive, row: TableRow, cell: TableCell, box: CellBox, ctx: PdfRenderContext): void {
  const pad = pt(t.padding);
  const color = cell.color ?? (row.header ? t.headerColor : undefined) ?? t.style.color;
  // Built field by field: object spreads were a visible share of a table's drawing.
  const inner: ParagraphBox = {
    x: box.x + pad,
    y: box.y + pad,
    w: box.w - 2 * pad,
    h: box.h - 2 * pad,
    fontSize: t.style.fontSize,
    lineHeight: t.style.lineHeight,
    bold: cell.bold ?? t.style.bold,
    italic: t.style.italic,
    color,
    align: cell.align ?? "left",
    valign: "top",
  };
  ctx.tags.text(doc, "body", () => drawParagraphs(doc, cell.paragraphs, inner, ctx));
}

export function drawTable(doc: PdfDoc, t: TablePrimitive, ctx: PdfRenderContext): void {
  const origin = { x: pt(t.x), y: pt(t.y) };
  const xs = edges(t.columns);
  const ys = edges(t.rows.map((r) => r.h));
  const boxOf = (ri: number, ci: number): CellBox => ({ x: origin.x + xs[ci], y: origin.y + ys[ri], w: xs[ci + 1] - xs[ci], h: ys[ri + 1] - ys[ri] });
  ctx.tags.artifact(doc, () => {
    doc.save();
    t.rows.forEach((row, ri) =>
      cellsOf(t, row).forEach((cell, ci) => {
        const fill = fillOf(t, row, cell);
        if (fill) drawCellFill(doc, boxOf(ri, ci), fill);
      }),
    );
    doc.restore();
    drawGrid(doc, t, origin, xs, ys);
  });
  t.rows.forEach((row, ri) => cellsOf(t, row).forEach((cell, ci) => drawCellText(doc, t, row, cell, boxOf(ri, ci), ctx)));
}
