import type { EllipsePrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { paintPathAndRestore, writePaintedPath } from "./paint.js";
import { pdfNumbers } from "./pdf-number.js";
import { pt } from "./units.js";

/** pdfkit's constant for a quarter circle as a cubic Bézier, the same expression. */
const KAPPA = 4.0 * ((Math.sqrt(2) - 1.0) / 3.0);

/**
 * The lines pdfkit's ellipse(cx, cy, r1, r2) writes (the same arithmetic in
 * the same order, so the same numbers); undefined when a number is one pdfkit refuses.
 */
function ellipsePath(cx: number, cy: number, r1: number, r2: number): string | undefined {
  const x = cx - r1;
  const y = cy - r2;
  const ox = r1 * KAPPA;
  const oy = r2 * KAPPA;
  const xe = x + r1 * 2;
  const ye = y + r2 * 2;
  const xm = x + r1;
  const ym = y + r2;
  const n = pdfNumbers([x, ym, ym - oy, xm - ox, y, xm, xm + ox, xe, ym + oy, ye]);
  if (!n) return undefined;
  const [X, YM, YMmOY, XMmOX, Y, XM, XMpOX, XE, YMpOY, YE] = n;
  return (
    `${X} ${YM} m\n` +
    `${X} ${YMmOY} ${XMmOX} ${Y} ${XM} ${Y} c\n` +
    `${XMpOX} ${Y} ${XE} ${YMmOY} ${XE} ${YM} c\n` +
    `${XE} ${YMpOY} ${XMpOX} ${YE} ${XM} ${YE} c\n` +
    `${XMmOX} ${YE} ${X} ${YMpOY} ${X} ${YM} c\nh`
  );
}

export function drawEllipse(doc: PdfDoc, p: EllipsePrimitive): void {
  const [cx, cy, r1, r2] = [pt(p.x + p.w / 2), pt(p.y + p.h / 2), pt(p.w / 2), pt(p.h / 2)];
  if (writePaintedPath(doc, ellipsePath(cx, cy, r1, r2), p)) return;
  doc.save();
  doc.ellipse(cx, cy, r1, r2);
  paintPathAndRestore(doc, p);
}
