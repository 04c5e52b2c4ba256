// Fill and stroke of a path already built on the document, shared by the shape drawers.
import type { Color, Stroke } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { pdfNumber, pdfNumbers } from "./pdf-number.js";
import { fillAndStrokePath, fillColorOps, fillPath, setStrokeColor, strokeColorOps } from "./fill-color.js";

/** Dash patterns as multiples of the stroke width, like PowerPoint's "dash" and "sysDot". */
function dashOf(stroke: Stroke): { length: number; space: number } | undefined {
  if (stroke.dash === "dash") return { length: 4 * stroke.width, space: 3 * stroke.width };
  if (stroke.dash === "dot") return { length: stroke.width, space: stroke.width };
  return undefined;
}

export function applyStroke(doc: PdfDoc, stroke: Stroke): void {
  doc.lineWidth(stroke.width);
  setStrokeColor(doc, stroke.color);
  const dash = dashOf(stroke);
  if (dash) doc.dash(dash.length, { space: dash.space });
  else doc.undash();
}

/**
 * What applyStroke writes, as one string (the same lines); undefined, with
 * nothing done, when pdfkit must write it (a colour it parses, a width it
 * refuses: its dash() throws on lengths that are not finite and positive).
 */
export function strokeOps(stroke: Stroke): string | undefined {
  const width = pdfNumber(stroke.width);
  const color = strokeColorOps(stroke.color);
  if (width === undefined || color === undefined) return undefined;
  const dash = dashOf(stroke);
  if (!dash) return `${width} w\n${color}\n[] 0 d`;
  if (!(Number.isFinite(dash.length) && dash.length > 0 && Number.isFinite(dash.space) && dash.space > 0)) return undefined;
  return `${width} w\n${color}\n[${pdfNumber(dash.length)!} ${pdfNumber(dash.space)!}] 0 d`;
}

/**
 * What paintPath writes, as one string (the same lines, the same state
 * recorded); undefined, with nothing done, when pdfkit must write it.
 */
export function paintOps(doc: PdfDoc, paint: { fill?: Color; stroke?: Stroke }): string | undefined {
  const stroked = !!paint.stroke && paint.stroke.width > 0;
  let ops = "";
  if (stroked) {
    const s = strokeOps(paint.stroke!);
    if (s === undefined) return undefined;
    ops = `${s}\n`;
  }
  if (paint.fill) {
    // Last: fillColorOps records the fill colour, and only when it returns operators.
    const fill = fillColorOps(doc, paint.fill);
    if (fill === undefined) return undefined;
    ops += `${fill}\n`;
    if (stroked) ops += `${strokeColorOps(paint.stroke!.color)!}\nB`;
    else ops += "f";
  } else ops += stroked ? "S" : "n";
  return ops;
}

/** Paints the current path: filled, stroked, both or (with neither) discarded. */
export function paintPath(doc: PdfDoc, paint: { fill?: Color; stroke?: Stroke }): void {
  if (paint.stroke && paint.stroke.width > 0) applyStroke(doc, paint.stroke);
  const stroked = !!paint.stroke && paint.stroke.width > 0;
  if (paint.fill && stroked) fillAndStrokePath(doc, paint.fill, paint.stroke!.color);
  else if (paint.fill) fillPath(doc, paint.fill);
  else if (stroked) doc.stroke();
  // Neither: end the path unpainted so it cannot leak into the next shape.
  else doc.addContent("n");
}

/** pdfkit's restore() without its write: the matrix saved by the matching save() comes back. */
function popMatrix(doc: PdfDoc): void {
  const d = doc as unknown as { _ctm: number[]; _ctmStack: number[][] };
  d._ctm = d._ctmStack.pop() || [1, 0, 0, 1, 0, 0];
}

/**
 * paintPath(doc, paint) then doc.restore(): the same lines, written as one
 * (a deck paints ~300 shapes, each was four to eight writes).
 */
export function paintPathAndRestore(doc: PdfDoc, paint: { fill?: Color; stroke?: Stroke }): void {
  const ops = paintOps(doc, paint);
  if (ops === undefined) {
    paintPath(doc, paint);
    doc.restore();
    return;
  }
  popMatrix(doc);
  doc.addContent(`${ops}\nQ`);
}

/**
 * doc.save(), a path, paintPath(doc, paint), doc.restore() as one write of the
 * same lines, `path` being the lines pdfkit's own path call (rect, ellipse...)
 * writes. False, with nothing done, when there is no such path (a number
 * pdfkit refuses) or pdfkit must write the paint; the caller then draws
 * through pdfkit.
 */
export function writePaintedPath(doc: PdfDoc, path: string | undefined, paint: { fill?: Color; stroke?: Stroke }): boolean {
  if (path === undefined) return false;
  const ops = paintOps(doc, paint);
  if (ops === undefined) return false;
  // save() then restore() leave the matrix as it was: only the operators are written.
  doc.addContent(`q\n${path}\n${ops}\nQ`);
  return true;
}

/** The line pdfkit's rect(x, y, w, h) writes; undefined when it refuses a number. */
export function rectPath(x: number, y: number, w: number, h: number): string | undefined {
  const n = pdfNumbers([x, y, w, h]);
  return n && `${n[0]} ${n[1]} ${n[2]} ${n[3]} re`;
}

/** fillPath(doc.rect(x, y, w, h), color) as one write of the same lines. */
export function fillRect(doc: PdfDoc, x: number, y: number, w: number, h: number, color: Color): void {
  const path = rectPath(x, y, w, h);
  const fill = path === undefined ? undefined : fillColorOps(doc, color);
  if (fill === undefined) fillPath(doc.rect(x, y, w, h), color);
  else doc.addContent(`${path}\n${fill}\nf`);
}

/**
 * doc.save(), applyStroke(stroke), each segment's moveTo / lineTo, doc.stroke(),
 * doc.restore(): one write of the same lines. False, nothing done, when pdfkit must write it.
 */
export function writeStrokedSegments(doc: PdfDoc, stroke: Stroke, segments: Array<[number, number, number, number]>): boolean {
  const ops = strokeOps(stroke);
  if (ops === undefined) return false;
  const lines = ["q", ops];
  for (const segment of segments) {
    const n = pdfNumbers(segment);
    if (!n) return false;
    lines.push(`${n[0]} ${n[1]} m`, `${n[2]} ${n[3]} l`);
  }
  lines.push("S", "Q");
  // save() then restore() leave the matrix as it was: only the operators are written.
  doc.addContent(lines.join("\n"));
  return true;
}
