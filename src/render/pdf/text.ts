import type { TextPrimitive } from "../../layout/types.js";
import type { PdfDoc, PdfRenderContext } from "./context.js";
import { drawRect } from "./rect.js";
import { drawParagraphs } from "./paragraphs.js";
import { pt } from "./units.js";

export function drawText(doc: PdfDoc, p: TextPrimitive, ctx: PdfRenderContext): void {
  if (p.fill || p.border) {
    const box = { type: "rect" as const, x: p.x, y: p.y, w: p.w, h: p.h, fill: p.fill, stroke: p.border, radius: p.radius };
    ctx.tags.artifact(doc, () => drawRect(doc, box));
  }
  const pad = pt(p.padding);
  const box = {
    x: pt(p.x) + pad,
    y: pt(p.y) + pad,
    w: pt(p.w) - 2 * pad,
    h: pt(p.h) - 2 * pad,
    align: p.align,
    valign: p.valign,
    fontSize: p.style.fontSize,
    lineHeight: p.style.lineHeight,
    color: p.style.color,
    bold: p.style.bold,
    italic: p.style.italic,
  };
  ctx.tags.text(doc, p.role, () => drawParagraphs(doc, p.paragraphs, box, ctx));
}
