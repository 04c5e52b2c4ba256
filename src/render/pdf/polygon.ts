import type { PolygonPrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { paintPathAndRestore, writePaintedPath } from "./paint.js";
import { pdfNumbers } from "./pdf-number.js";
import { pt } from "./units.js";

/** The lines pdfkit's polygon(...points) writes; undefined when a number is one pdfkit refuses. */
function polygonPath(points: Array<[number, number]>): string | undefined {
  const n = pdfNumbers(points.flat());
  if (!n) return undefined;
  const lines: string[] = [];
  for (let i = 0; i < points.length; i++) lines.push(`${n[2 * i]} ${n[2 * i + 1]} ${i === 0 ? "m" : "l"}`);
  lines.push("h");
  return lines.join("\n");
}

export function drawPolygon(doc: PdfDoc, p: PolygonPrimitive): void {
  if (p.points.length < 3) return;
  const points = p.points.map((q): [number, number] => [pt(q.x), pt(q.y)]);
  if (writePaintedPath(doc, polygonPath(points), p)) return;
  doc.save();
  doc.polygon(...points);
  paintPathAndRestore(doc, p);
}
