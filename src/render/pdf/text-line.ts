// One visual line of runs: each run split by the font file that draws it, drawn
// run by run and advanced by the stack's own measured width, so the PDF puts
// every glyph where the layout measured it.
import type { TextRun, Color } from "../../layout/types.js";
import type { FontStyle } from "../../fonts/index.js";
import type { PdfDoc, PdfRenderContext, PdfFontStack } from "./context.js";
import { PdfMissingGlyphsError } from "./errors.js";
import { drawGlyphRun, glyphRunOps } from "./glyph-run.js";
import { fillColorOps, setFillColor } from "./fill-color.js";
import { runPlan, type RunPlan } from "./run-plan.js";

export interface LineStyle extends FontStyle {
  /** Points. */
  size: number;
  color: Color;
}

/** The run's plan in its own style, else the line's. */
function planOf(stack: PdfFontStack, run: TextRun, base: LineStyle): RunPlan {
  return runPlan(stack, run.text, run.bold ?? base.bold, run.italic ?? base.italic, base.size);
}

/** Advance width of the whole line (points). */
export function measureLine(stack: PdfFontStack, runs: TextRun[], base: LineStyle): number {
  let w = 0;
  for (const run of runs) w += planOf(stack, run, base).width;
  return w;
}

/** Draws the line with its left end at `x` and its baseline at `baseline` (points). */
export function drawLine(doc: PdfDoc, runs: TextRun[], at: { x: number; baseline: number }, base: LineStyle, ctx: PdfRenderContext): void {
  let x = at.x;
  // The size every piece is drawn at: set once per line (selecting a font leaves it as it is).
  const d = doc as unknown as { _fontSize: number };
  if (d._fontSize !== base.size) doc.fontSize(base.size);
  for (const run of runs) {
    const plan = planOf(ctx.stack, run, base);
    if (plan.missing.length > 0) throw new PdfMissingGlyphsError([...plan.missing], run.text);
    const start = x;
    const color = run.color ?? base.color;
    // The run's colour and text operators go to the page as one write (same bytes as one write each).
    let ops = fillColorOps(doc, color);
    if (ops === undefined) {
      setFillColor(doc, color);
      ops = "";
    }
    for (const piece of plan.pieces) {
      ctx.useFont(doc, piece.run);
      const text = glyphRunOps(doc, piece.run.text, x, at.baseline);
      if (text === undefined) {
        if (ops !== "") doc.addContent(ops);
        ops = "";
        drawGlyphRun(doc, piece.run.text, x, at.baseline);
      } else if (text !== "") ops = ops === "" ? text : `${ops}\n${text}`;
      x += piece.width;
    }
    if (ops !== "") doc.addContent(ops);
    // The link covers the run's ink box: from the baseline up one em, down a fifth of one.
    if (run.link) doc.link(start, at.baseline - base.size, x - start, base.size * 1.2, run.link);
  }
}
