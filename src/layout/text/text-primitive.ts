// Convenience for slide layouts: fit a text box and wrap it into the IR primitive.
// Text no font of the theme can draw throws MissingCharactersError naming the field:
// an empty box in the PDF would be worse than a build error. A box without a plan
// field is left to layoutDeck's check of each slide (findUndrawableText), which
// names the slide rather than a meaningless "text".
import type { FontStack } from "../../fonts/index.js";
import type { TextPrimitive } from "../types.js";
import { missingCharactersError } from "./missing-characters.js";
import { layoutTextBox } from "./text-box.js";
import type { TextBoxResult, TextPrimitiveInput } from "./text-box-types.js";

export function makeTextPrimitive(
  stack: FontStack,
  input: TextPrimitiveInput,
): { primitive: TextPrimitive; result: TextBoxResult } {
  for (const p of namesPlanField(input.field) ? input.paragraphs : []) {
    const text = p.runs ? p.runs.map((r) => r.text).join("") : p.text;
    const err = missingCharactersError(stack, text, input.field!, { bold: p.bold ?? input.bold, italic: p.italic ?? input.italic });
    if (err) throw err;
  }
  const result = layoutTextBox(stack, input);
  const primitive: TextPrimitive = {
    type: "text",
    x: input.x,
    y: input.y,
    w: input.w,
    h: input.h,
    padding: input.padding,
    style: {
      fontFace: input.fontFace,
      fontSize: result.size,
      color: input.color,
      lineHeight: result.lineHeight,
      ...(input.bold ? { bold: true } : {}),
      ...(input.italic ? { italic: true } : {}),
    },
    paragraphs: result.paragraphs,
    align: input.align ?? "left",
    valign: input.valign ?? "top",
    ...(input.fill ? { fill: input.fill } : {}),
    ...(input.radius ? { radius: input.radius } : {}),
    ...(input.role ? { role: input.role } : {}),
    ...(input.field ? { field: input.field } : {}),
  };
  return { primitive, result };
}

/** The slide frame's "title" and "subtitle" are words, not YAML paths. */
function namesPlanField(field: string | undefined): boolean {
  return field !== undefined && field !== "title" && field !== "subtitle";
}
