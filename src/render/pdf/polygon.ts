import type { PolygonPrimitive } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { paintOps, paintPathAndRestore, pdfNumber } from "./paint.js";
import { pt } from "./units.js";

/** The lines pdfkit's polygon(...points) writes; undefined when a number is one pdfkit refuses. */
function polygonPath(points: Array<[number, number]>): string | undefined {
  const lines: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const x = pdfNumber(points[i][0]);
    const y = pdfNumber(points[i][1]);
    if (x === undefined || y === undefined) return undefined;
    lines.push(`${x} ${y} ${i === 0 ? "m" : "l"}`);
  }
  lines.push("h");
  return lines.join("\n");
}

export function drawPolygon(doc: PdfDoc, p: PolygonPrimitive): void {
  if (p.points.length < 3) return;
  const points = p.points.map((q): [number, number] => [pt(q.x), pt(q.y)]);
  const path = polygonPath(points);
  const ops = path === undefined ? undefined : paintOps(doc, p);
  if (ops !== undefined) {
    // save() then restore() leave the matrix as it was: only the operators are written, in one go.
    doc.addContent(`q\n${path!}\n${ops}\nQ`);
    return;
  }
  doc.save();
  doc.polygon(...points);
  paintPathAndRestore(doc, p);
}
