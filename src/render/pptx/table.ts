// Tables as native `a:tbl`: exact column widths and row heights from the layout
// (which already split long tables over continuation slides).
import type { Stroke, TableCell, TablePrimitive, TableRow } from "../../layout/types.js";
import type { SlideContext } from "./context.js";
import { takeShapeId } from "./context.js";
import { colorXml, solidFillXml } from "./color-xml.js";
import { PptxRenderError } from "./errors.js";
import { escapeXml } from "./postprocess/xml-escape.js";
import { paragraphsXml, type Fallbacks, type ParagraphEnd, type RunDefaults } from "./text-body.js";
import { EMU_PER_INCH, inchToEmuLoose, inchesToPoints, pointsToEmu, sizeToEmu, toHex } from "./units.js";

const GRAPHIC_FRAME_PROPS =
  '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr>' +
  '  <p:nvPr><p:extLst><p:ext uri="{D42A27DB-BD31-4B8C-83A1-F6EECF244321}"><p14:modId xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="1579011935"/></p:ext></p:extLst></p:nvPr>' +
  "</p:nvGraphicFramePr>";
/** Left, right, top, bottom: the order PowerPoint expects. */
const SIDES = ["lnL", "lnR", "lnT", "lnB"] as const;

export function renderTable(p: TablePrimitive, ctx: SlideContext): void {
  if (p.rows.length === 0) throw new PptxRenderError("a table needs at least one row");
  const name = `Table ${ctx.names.table++}`;
  const columns = p.rows[0].cells.length;
  const frame = tableFrame(p, columns);
  const borders = bordersXml(p.border);
  const margin = marginXml(cellMargin(p.padding));
  const face = escapeXml(p.style.fontFace);
  const fontSize = p.style.fontSize || 12;
  const end: ParagraphEnd = { kind: "cell", fontSize, fontFace: face };
  // The layout always gives a theme colour (validated #RRGGBB); black is for an IR written by hand.
  const tableColor = toHex(p.style.color) || "000000";
  let xml =
    `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${takeShapeId(ctx)}" name="${name}"/>${GRAPHIC_FRAME_PROPS}` +
    `<p:xfrm><a:off x="${frame.x}" y="${frame.y}"/><a:ext cx="${frame.cx}" cy="${frame.cy}"/></p:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr/><a:tblGrid>${frame.grid}</a:tblGrid>`;
  p.rows.forEach((row, index) => {
    xml += `<a:tr h="${rowHeight(p, index, frame.h)}">`;
    for (const cell of row.cells) {
      const fallbacks = cellFallbacks(cell, row, p, { tableColor, face, fontSize });
      const fill = cell.fill ?? (row.header ? p.headerFill : undefined);
      const body = paragraphsXml(cell.paragraphs, cellDefaults(cell, row, p, ctx), fallbacks, end, ctx);
      xml += `<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>${body}</a:txBody><a:tcPr${margin} anchor="t">${borders}${fill ? solidFillXml(toHex(fill)) : ""}  </a:tcPr> </a:tc>`;
    }
    xml += "</a:tr>";
  });
  ctx.shapes.push(`${xml}      </a:tbl>    </a:graphicData>  </a:graphic></p:graphicFrame>`);
}

function cellColor(cell: TableCell, row: TableRow, p: TablePrimitive): string {
  return cell.color ?? (row.header ? p.headerColor : undefined) ?? p.style.color;
}

function cellDefaults(cell: TableCell, row: TableRow, p: TablePrimitive, ctx: SlideContext): RunDefaults {
  const { fontFace, fontSize, italic, lineHeight } = p.style;
  const bold = cell.bold ?? p.style.bold;
  return { fontFace, fontSize, color: cellColor(cell, row, p), bold, italic, lineHeight, align: cell.align ?? "left", lang: ctx.deck.lang };
}

interface TableFallbacks {
  tableColor: string;
  face: string;
  fontSize: number;
}

/** A cell's runs fell back on the cell's colour (else the table's) and boldness, and the table's font and size. */
function cellFallbacks(cell: TableCell, row: TableRow, p: TablePrimitive, table: TableFallbacks): Fallbacks {
  const color = toHex(cellColor(cell, row, p)) || table.tableColor;
  return { color, bold: cell.bold ?? p.style.bold ?? false, fontSize: table.fontSize, fontFace: table.face };
}

interface TableFrame {
  x: number;
  y: number;
  cx: number;
  cy: number;
  /** Table height as pptxgenjs kept it (EMU), which rows without height share. */
  h: number;
  grid: string;
}

/**
 * pptxgenjs converted the table's position and size twice (once when the
 * table was added, once when the slide was written), each time reading small
 * numbers as inches and large ones as EMU; the same steps give the same EMU.
 */
function tableFrame(p: TablePrimitive, columns: number): TableFrame {
  const again = (emu: number) => (emu && emu < 20 ? inchToEmuLoose(emu) : emu);
  const x = sizeToEmu(again(sizeToEmu(p.x)));
  const y = sizeToEmu(again(sizeToEmu(p.y)));
  const totalH = sum(p.rows.map((row) => row.h));
  const h = totalH ? again(sizeToEmu(totalH)) : totalH;
  // Column widths that do not match the first row were dropped for an even split.
  const singleWidth = p.columns.length === 1 && columns > 1;
  const useColumns = !singleWidth && p.columns.length === columns;
  const w = singleWidth ? Math.floor(Number(p.columns[0]) * columns) : sum(p.columns);
  const width = w && w < 20 ? inchToEmuLoose(w) : w;
  let grid = "";
  for (let col = 0; col < columns; col++) {
    let cw = useColumns ? inchToEmuLoose(p.columns[col]) : width ? Math.round(width / columns) : EMU_PER_INCH;
    if (useColumns && (cw == null || isNaN(cw))) cw = width / columns;
    grid += `<a:gridCol w="${useColumns ? Math.round(cw) : cw}"/>`;
  }
  const cx = sizeToEmu(width);
  const cy = sizeToEmu(h);
  return {
    x: x || (x === 0 ? 0 : EMU_PER_INCH),
    y: y || (y === 0 ? 0 : EMU_PER_INCH),
    cx: cx || (cx === 0 ? 0 : EMU_PER_INCH),
    cy: cy || EMU_PER_INCH,
    h,
    grid,
  };
}

function rowHeight(p: TablePrimitive, index: number, tableH: number): number {
  const h = p.rows[index].h;
  if (h) return inchToEmuLoose(Number(h));
  // pptxgenjs read a one-row height list as a single number.
  if (p.rows.length === 1 && !isNaN(Number(h))) return inchToEmuLoose(Number(h));
  if (tableH) return Math.round(inchToEmuLoose(tableH) / p.rows.length);
  return 0;
}

function bordersXml(stroke: Stroke): string {
  if (stroke.width <= 0) return SIDES.map((side) => `<a:${side} w="0" cap="flat" cmpd="sng" algn="ctr"><a:noFill/></a:${side}>`).join("");
  // Table borders only know solid and dashed.
  const dash = stroke.dash && stroke.dash !== "solid" ? "sysDash" : "solid";
  const color = colorXml(toHex(stroke.color) || "666666");
  const side = (name: string) =>
    `<a:${name} w="${pointsToEmu(stroke.width)}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>${color}</a:solidFill>` +
    `<a:prstDash val="${dash}"/><a:round/><a:headEnd type="none" w="med" len="med"/><a:tailEnd type="none" w="med" len="med"/></a:${name}>`;
  return SIDES.map(side).join("");
}

/**
 * The cell margin was given to pptxgenjs in points when at least 1 and in
 * inches below (its v3 compatibility rule), and converted back the same way.
 */
function cellMargin(paddingInches: number): number {
  const points = inchesToPoints(paddingInches);
  return points >= 1 ? points : paddingInches;
}

function marginXml(margin: number): string {
  const emu = margin >= 1 ? pointsToEmu(margin) : inchToEmuLoose(margin);
  return ` marL="${emu}" marR="${emu}" marT="${emu}" marB="${emu}"`;
}

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
