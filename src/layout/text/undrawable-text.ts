// A last check over a whole laid-out deck: text placed without makeTextPrimitive
// (table cells, chart labels) must not reach the PDF as empty boxes either.
import type { FontStack } from "../../fonts/index.js";
import type { Paragraph, Primitive, SlideLayout } from "../types.js";
import { MissingCharactersError } from "./missing-characters.js";

/** The first text of the slides no font of the stack can draw, as the error to throw; undefined when all can be drawn. */
export function findUndrawableText(stack: FontStack, slides: readonly SlideLayout[]): MissingCharactersError | undefined {
  for (const slide of slides) {
    for (const p of slide.primitives) {
      const missing = missingIn(stack, p);
      if (missing.length > 0) return new MissingCharactersError(fieldOf(p) ?? `${slide.kind} slide "${slide.title}"`, missing);
    }
  }
  return undefined;
}

function missingIn(stack: FontStack, p: Primitive): string[] {
  switch (p.type) {
    case "text":
      return stack.missing(paragraphsText(p.paragraphs));
    case "table":
      return stack.missing(p.rows.flatMap((r) => r.cells.map((c) => paragraphsText(c.paragraphs))).join(" "));
    case "chart":
      return stack.missing([p.title ?? "", ...p.categories, ...p.series.map((s) => s.name)].join(" ")).concat(
        p.vector.flatMap((v) => missingIn(stack, v)),
      );
    default:
      return [];
  }
}

function paragraphsText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((para) => para.lines.map((line) => line.map((run) => run.text).join("")).join(" ")).join(" ");
}

function fieldOf(p: Primitive): string | undefined {
  return p.type === "text" ? p.field : undefined;
}
