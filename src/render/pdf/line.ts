import type { LinePrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { applyStroke, strokeOps } from "./paint.js";
import { pdfNumbers } from "./pdf-number.js";
import { pt } from "./units.js";
import { fillPath } from "./fill-color.js";

/** Arrow head size as a multiple of the stroke width, close to PowerPoint's medium "triangle" end. */
const ARROW_LENGTH = 4;
const ARROW_HALF_WIDTH = 2;

function drawArrowHead(doc: PdfDoc, p: LinePrimitive): { x: number; y: number } {
  const [x1, y1, x2, y2] = [pt(p.x1), pt(p.y1), pt(p.x2), pt(p.y2)];
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
  const size = Math.max(p.stroke.width, 1);
  const back = { x: x2 - ux * ARROW_LENGTH * size, y: y2 - uy * ARROW_LENGTH * size };
  const side = { x: -uy * ARROW_HALF_WIDTH * size, y: ux * ARROW_HALF_WIDTH * size };
  fillPath(doc.polygon([x2, y2], [back.x + side.x, back.y + side.y], [back.x - side.x, back.y - side.y]), p.stroke.color);
  // The shaft stops inside the head so its butt end does not poke through the tip.
  return back;
}

/** The shaft without a head as one write of pdfkit's lines; false, nothing done, when pdfkit must write it. */
function writePlainLine(doc: PdfDoc, p: LinePrimitive): boolean {
  const n = pdfNumbers([pt(p.x1), pt(p.y1), pt(p.x2), pt(p.y2)]);
  if (!n) return false;
  const stroke = strokeOps(p.stroke);
  if (stroke === undefined) return false;
  // save() then restore() leave the matrix as it was: only the operators are written.
  doc.addContent(`q\n${stroke}\n${n[0]} ${n[1]} m\n${n[2]} ${n[3]} l\nS\nQ`);
  return true;
}

export function drawLinePrimitive(doc: PdfDoc, p: LinePrimitive): void {
  if (!p.arrowEnd && writePlainLine(doc, p)) return;
  doc.save();
  const end = p.arrowEnd ? drawArrowHead(doc, p) : { x: pt(p.x2), y: pt(p.y2) };
  applyStroke(doc, p.stroke);
  doc.moveTo(pt(p.x1), pt(p.y1)).lineTo(end.x, end.y).stroke();
  doc.restore();
}
