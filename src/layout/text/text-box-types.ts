import type { Align, Color, Paragraph, TextPrimitive, VAlign } from "../types.js";
import type { RunInput } from "./wrap-runs.js";

export interface TextBoxParagraphInput {
  text: string;
  /**
   * Mixed styles in one paragraph ("Owner: " + bold "Jean Dupont"). When set, the
   * runs are laid out instead of `text` (keep `text` as their concatenation, for
   * messages); the paragraph's bold/italic/color/link apply to runs that leave them unset.
   */
  runs?: RunInput[];
  bullet?: boolean;
  /** Overrides the box's weight for this paragraph. */
  bold?: boolean;
  italic?: boolean;
  color?: Color;
  link?: string;
  /** Points; ignored on the first paragraph. */
  spaceBefore?: number;
}

export interface TextBoxInput {
  paragraphs: TextBoxParagraphInput[];
  /** Inches, outer box. */
  w: number;
  h: number;
  /** Inches, on each side. */
  padding: number;
  /** Points: the preferred size and the smallest it may shrink to. */
  size: number;
  minSize: number;
  bold?: boolean;
  italic?: boolean;
  /** Inches; default BULLET_INDENT. */
  bulletIndent?: number;
  maxLinesPerParagraph?: number;
  /** Cut the text with "…" when it does not fit at minSize. */
  ellipsis?: boolean;
}

export interface TextBoxResult {
  /** IR paragraphs. When fits is false without ellipsis: all of them at minSize (nothing is dropped silently). */
  paragraphs: Paragraph[];
  /** Points: the chosen size. */
  size: number;
  /** Points. */
  lineHeight: number;
  /** Inches actually used, padding included. */
  height: number;
  fits: boolean;
  /** Index of the first input paragraph that did not fit at minSize: lay out paragraphs.slice(overflowFrom) elsewhere. */
  overflowFrom?: number;
  truncated: boolean;
}

export interface TextPrimitiveInput extends TextBoxInput {
  /** Inches. */
  x: number;
  y: number;
  color: Color;
  fontFace: string;
  align?: Align;
  valign?: VAlign;
  role?: TextPrimitive["role"];
  field?: string;
  fill?: Color;
  /** Inches. */
  radius?: number;
}
