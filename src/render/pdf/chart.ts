// The PDF does not redraw charts: it replays the vector the layout already drew,
// so the PDF chart is the PPTX chart's geometry, not a second interpretation.
import type { ChartPrimitive, Primitive } from "../../layout/types.js";
import type { PdfDoc, PdfRenderContext } from "./context.js";

export function drawChart(doc: PdfDoc, p: ChartPrimitive, ctx: PdfRenderContext, draw: (doc: PdfDoc, q: Primitive, ctx: PdfRenderContext) => void): void {
  for (const q of p.vector) draw(doc, q, ctx);
}
