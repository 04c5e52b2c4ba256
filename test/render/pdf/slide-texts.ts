// Every visual line of text a slide holds in the IR (text primitives, table
// cells, chart vectors), to compare with what a renderer's output shows.
import type { Paragraph, Primitive, SlideLayout } from "../../../src/layout/types.js";

function paragraphLines(paragraphs: Paragraph[]): string[] {
  return paragraphs.flatMap((p) => p.lines.map((runs) => runs.map((r) => r.text).join("")));
}

function primitiveLines(p: Primitive): string[] {
  if (p.type === "text") return paragraphLines(p.paragraphs);
  if (p.type === "table") return p.rows.flatMap((r) => r.cells.flatMap((c) => paragraphLines(c.paragraphs)));
  if (p.type === "chart") return p.vector.flatMap(primitiveLines);
  return [];
}

export function slideTexts(slide: SlideLayout): string[] {
  return slide.primitives.flatMap(primitiveLines);
}
