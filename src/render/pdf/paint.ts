// Fill and stroke of a path already built on the document, shared by the shape drawers.
import type { Color, Stroke } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { fillAndStrokePath, fillPath, setStrokeColor } from "./fill-color.js";

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
