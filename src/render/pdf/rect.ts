import type { RectPrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { paintPathAndRestore, rectPath, writePaintedPath } from "./paint.js";
import { pdfNumbers } from "./pdf-number.js";
import { pt } from "./units.js";

/** pdfkit's constant for a quarter circle as a cubic Bézier, the same expression. */
const KAPPA = 4.0 * ((Math.sqrt(2) - 1.0) / 3.0);

/**
 * The lines pdfkit's roundedRect(x, y, w, h, r) writes for one radius: the
 * same arithmetic in the same order, so the same numbers (moveTo, then a line
 * and a quarter-circle curve per side, the curves only for a radius above 0,
 * then closePath); undefined when a number is one pdfkit refuses.
 */
function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string | undefined {
  const limit = Math.min(0.5 * w, 0.5 * h);
  const rr = Math.max(0, Math.min(r || 0, limit));
  const cp = rr * (1.0 - KAPPA);
  if (rr > 0) {
    // One operator a line: m, l, c, l, c, l, c, l, c.
    const n = pdfNumbers([
      x + rr, y,
      x + w - rr, y,
      x + w - cp, y, x + w, y + cp, x + w, y + rr,
      x + w, y + h - rr,
      x + w, y + h - cp, x + w - cp, y + h, x + w - rr, y + h,
      x + rr, y + h,
      x + cp, y + h, x, y + h - cp, x, y + h - rr,
      x, y + rr,
      x, y + cp, x + cp, y, x + rr, y,
    ]);
    if (!n) return undefined;
    return (
      `${n[0]} ${n[1]} m\n${n[2]} ${n[3]} l\n${n[4]} ${n[5]} ${n[6]} ${n[7]} ${n[8]} ${n[9]} c\n` +
      `${n[10]} ${n[11]} l\n${n[12]} ${n[13]} ${n[14]} ${n[15]} ${n[16]} ${n[17]} c\n` +
      `${n[18]} ${n[19]} l\n${n[20]} ${n[21]} ${n[22]} ${n[23]} ${n[24]} ${n[25]} c\n` +
      `${n[26]} ${n[27]} l\n${n[28]} ${n[29]} ${n[30]} ${n[31]} ${n[32]} ${n[33]} c\nh`
    );
  }
  const n = pdfNumbers([x + rr, y, x + w - rr, y, x + w, y + h - rr, x + rr, y + h, x, y + rr]);
  if (!n) return undefined;
  return `${n[0]} ${n[1]} m\n${n[2]} ${n[3]} l\n${n[4]} ${n[5]} l\n${n[6]} ${n[7]} l\n${n[8]} ${n[9]} l\nh`;
}

export function drawRect(doc: PdfDoc, p: RectPrimitive): void {
  const rounded = !!p.radius && p.radius > 0;
  const [x, y, w, h] = [pt(p.x), pt(p.y), pt(p.w), pt(p.h)];
  const path = rounded ? roundedRectPath(x, y, w, h, pt(p.radius!)) : rectPath(x, y, w, h);
  if (writePaintedPath(doc, path, p)) return;
  doc.save();
  if (rounded) doc.roundedRect(x, y, w, h, pt(p.radius!));
  else doc.rect(x, y, w, h);
  paintPathAndRestore(doc, p);
}
