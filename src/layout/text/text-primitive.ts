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
  // Optional keys are assigned rather than spread from `cond ? {...} : {}` (a temporary
  // object and a copy each, on every box of every deck); the key order is the same.
  const style: TextPrimitive["style"] = { fontFace: input.fontFace, fontSize: result.size, color: input.color, lineHeight: result.lineHeight };
  if (input.bold) style.bold = true;
  if (input.italic) style.italic = true;
  const primitive: TextPrimitive = {
    type: "text",
    x: input.x,
    y: input.y,
    w: input.w,
    h: input.h,
    padding: input.padding,
    style,
    paragraphs: result.paragraphs,
    align: input.align ?? "left",
    valign: input.valign ?? "top",
  };
  if (input.fill) primitive.fill = input.fill;
  if (input.radius) primitive.radius = input.radius;
  if (input.role) primitive.role = input.role;
  if (input.field) primitive.field = input.field;
  return { primitive, result };
}

/** The slide frame's "title" and "subtitle" are words, not YAML paths. */
function namesPlanField(field: string | undefined): boolean {
  return field !== undefined && field !== "title" && field !== "subtitle";
}
