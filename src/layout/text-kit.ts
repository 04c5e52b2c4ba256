// The one door from the slide layouts to the text engine (src/fonts and
// src/layout/text): slide layouts import text functions only from here, so the
// text engine's module layout can change without touching every slide file.
export { getFontStack, type FontStack } from "../fonts/index.js";
export {
  wrapText,
  wrapTextShared,
  layoutTextBox,
  makeTextPrimitive,
  lineHeightFor,
  ellipsize,
  findUndrawableText,
  MissingCharactersError,
  type WrapOptions,
  type TextBoxInput,
  type TextBoxParagraphInput,
  type TextBoxResult,
  type TextPrimitiveInput,
} from "./text/index.js";
export { continuationTitle, paginateRows } from "./paginate.js";
