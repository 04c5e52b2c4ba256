// The exhaustive dispatch table: adding a primitive type to the IR fails to
// compile here until the PDF knows how to draw it.
import type { Primitive, PrimitiveType } from "../../layout/types.js";
import type { PdfDoc, PdfRenderContext } from "./context.js";
import { drawText } from "./text.js";
import { drawRect } from "./rect.js";
import { drawEllipse } from "./ellipse.js";
import { drawPolygon } from "./polygon.js";
import { drawLinePrimitive } from "./line.js";
import { drawImage } from "./image.js";
import { drawTable } from "./table.js";
import { drawChart } from "./chart.js";

type Drawers = { [K in PrimitiveType]: (doc: PdfDoc, p: Extract<Primitive, { type: K }>, ctx: PdfRenderContext) => void };

/** Shapes are decoration for the structure tree; text and table cells tag themselves. */
const drawers: Drawers = {
  text: drawText,
  rect: (doc, p, ctx) => ctx.tags.artifact(doc, () => drawRect(doc, p)),
  ellipse: (doc, p, ctx) => ctx.tags.artifact(doc, () => drawEllipse(doc, p)),
  polygon: (doc, p, ctx) => ctx.tags.artifact(doc, () => drawPolygon(doc, p)),
  line: (doc, p, ctx) => ctx.tags.artifact(doc, () => drawLinePrimitive(doc, p)),
  image: (doc, p, ctx) => ctx.tags.figure(doc, p.alt, () => drawImage(doc, p, ctx)),
  table: drawTable,
  chart: (doc, p, ctx) => drawChart(doc, p, ctx, drawPrimitive),
};

export function drawPrimitive(doc: PdfDoc, p: Primitive, ctx: PdfRenderContext): void {
  (drawers[p.type] as (doc: PdfDoc, p: Primitive, ctx: PdfRenderContext) => void)(doc, p, ctx);
}
