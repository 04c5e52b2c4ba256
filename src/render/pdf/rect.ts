import type { RectPrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { paintOps, paintPathAndRestore, pdfNumber, writeRectShape } from "./paint.js";
import { pt } from "./units.js";

/** pdfkit's constant for a quarter circle as a cubic Bézier, the same expression. */
const KAPPA = 4.0 * ((Math.sqrt(2) - 1.0) / 3.0);

/**
 * The lines pdfkit's roundedRect(x, y, w, h, r) writes for one radius (the
 * same arithmetic in the same order, so the same numbers); undefined when a
 * number is one pdfkit refuses.
 */
function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string | undefined {
  const limit = Math.min(0.5 * w, 0.5 * h);
  const rr = Math.max(0, Math.min(r || 0, limit));
  const cp = rr * (1.0 - KAPPA);
  const numbers: number[] = [];
  const ops: string[] = [];
  const op = (name: string, ...values: number[]) => {
    numbers.push(...values);
    ops.push(name);
  };
  op("m", x + rr, y);
  op("l", x + w - rr, y);
  if (rr > 0) op("c", x + w - cp, y, x + w, y + cp, x + w, y + rr);
  op("l", x + w, y + h - rr);
  if (rr > 0) op("c", x + w, y + h - cp, x + w - cp, y + h, x + w - rr, y + h);
  op("l", x + rr, y + h);
  if (rr > 0) op("c", x + cp, y + h, x, y + h - cp, x, y + h - rr);
  op("l", x, y + rr);
  if (rr > 0) op("c", x, y + cp, x + cp, y, x + rr, y);
  const text = numbers.map(pdfNumber);
  if (text.includes(undefined)) return undefined;
  const lines: string[] = [];
  let i = 0;
  for (const name of ops) {
    const count = name === "c" ? 6 : 2;
    lines.push(`${text.slice(i, i + count).join(" ")} ${name}`);
    i += count;
  }
  lines.push("h");
  return lines.join("\n");
}

export function drawRect(doc: PdfDoc, p: RectPrimitive): void {
  const rounded = !!p.radius && p.radius > 0;
  const [x, y, w, h] = [pt(p.x), pt(p.y), pt(p.w), pt(p.h)];
  if (!rounded) {
    if (writeRectShape(doc, [x, y, w, h], p)) return;
  } else {
    const path = roundedRectPath(x, y, w, h, pt(p.radius!));
    const ops = path === undefined ? undefined : paintOps(doc, p);
    if (ops !== undefined) {
      // save() then restore() leave the matrix as it was: only the operators are written, in one go.
      doc.addContent(`q\n${path!}\n${ops}\nQ`);
      return;
    }
  }
  doc.save();
  if (rounded) doc.roundedRect(x, y, w, h, pt(p.radius!));
  else doc.rect(x, y, w, h);
  paintPathAndRestore(doc, p);
}
