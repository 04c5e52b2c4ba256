// The one door from the slide layouts to the text engine (src/fonts and
// src/layout/text). Slide layouts import text functions only from here, so the
// text engine's module layout can change without touching every slide file.
// TEMPORARY: until src/layout/text lands, a minimal fontkit-based stand-in with
// the same signatures (Carlito Latin only, greedy wrapping, 1.2 line pitch).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Color, Paragraph, TextPrimitive, Align, VAlign } from "./types.js";
import type { Theme } from "../theme/schema.js";

interface GlyphFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}

export interface FontStack {
  /** Advance width (points). */
  measure(text: string, style: { size: number; bold?: boolean; italic?: boolean }): number;
  missing(text: string, style?: { bold?: boolean; italic?: boolean }): string[];
}

const require = createRequire(import.meta.url);
let cached: FontStack | undefined;

export function getFontStack(_fonts: Theme["fonts"]): FontStack {
  if (cached) return cached;
  const fontkit = require("fontkit") as { create(b: Buffer): GlyphFont };
  const dir = require.resolve("@fontsource/carlito/package.json").replace(/package\.json$/, "files/");
  const load = (w: number) => fontkit.create(readFileSync(`${dir}carlito-latin-${w}-normal.woff`));
  const regular = load(400);
  const bold = load(700);
  cached = {
    measure: (text, s) => {
      const f = s.bold ? bold : regular;
      return (f.layout(text).advanceWidth / f.unitsPerEm) * s.size;
    },
    missing: () => [],
  };
  return cached;
}

export function lineHeightFor(size: number): number {
  return Math.round(size * 1.2 * 100) / 100;
}

export interface WrapOptions {
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** Inches. */
  width: number;
}

export function wrapText(stack: FontStack, text: string, o: WrapOptions): string[] {
  const maxPt = o.width * 72;
  const out: string[] = [];
  for (const hard of text.split("\n")) {
    let line = "";
    for (const word of hard.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (!line || stack.measure(next, o) <= maxPt) line = next;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}

export interface TextBoxParagraphInput {
  text: string;
  bullet?: boolean;
  bold?: boolean;
  color?: Color;
  link?: string;
  /** Points. */
  spaceBefore?: number;
}

export interface TextBoxInput {
  paragraphs: TextBoxParagraphInput[];
  /** Inches. */
  w: number;
  h: number;
  padding: number;
  /** Points. */
  size: number;
  minSize: number;
  bold?: boolean;
  /** Inches. */
  bulletIndent?: number;
  maxLinesPerParagraph?: number;
  ellipsis?: boolean;
}

export interface TextBoxResult {
  paragraphs: Paragraph[];
  size: number;
  lineHeight: number;
  /** Inches, padding included. */
  height: number;
  fits: boolean;
  overflowFrom?: number;
  truncated: boolean;
}

function build(stack: FontStack, input: TextBoxInput, size: number): { paragraphs: Paragraph[]; heightPt: number } {
  const indent = input.bulletIndent ?? 0.2;
  const inner = input.w - 2 * input.padding;
  const lh = lineHeightFor(size);
  let heightPt = 0;
  const paragraphs = input.paragraphs.map((p, i): Paragraph => {
    const bold = p.bold ?? input.bold;
    const lines = wrapText(stack, p.text, { size, bold, width: inner - (p.bullet ? indent : 0) });
    const spaceBefore = i === 0 ? undefined : p.spaceBefore;
    heightPt += (spaceBefore ?? 0) + lines.length * lh;
    return {
      lines: lines.map((t) => [{ text: t, ...(bold ? { bold } : {}), ...(p.color ? { color: p.color } : {}), ...(p.link ? { link: p.link } : {}) }]),
      ...(p.bullet ? { bullet: { char: "•" }, indent } : {}),
      ...(spaceBefore ? { spaceBefore } : {}),
    };
  });
  return { paragraphs, heightPt };
}

export function layoutTextBox(stack: FontStack, input: TextBoxInput): TextBoxResult {
  const availPt = (input.h - 2 * input.padding) * 72;
  for (let size = input.size; size >= input.minSize - 1e-9; size -= 0.5) {
    const b = build(stack, input, size);
    if (b.heightPt <= availPt + 1e-6) {
      return { paragraphs: b.paragraphs, size, lineHeight: lineHeightFor(size), height: b.heightPt / 72 + 2 * input.padding, fits: true, truncated: false };
    }
  }
  const size = input.minSize;
  const lh = lineHeightFor(size);
  const b = build(stack, input, size);
  const kept: Paragraph[] = [];
  let used = 0;
  let overflowFrom: number | undefined;
  for (const [i, p] of b.paragraphs.entries()) {
    const need = (p.spaceBefore ?? 0) + p.lines.length * lh;
    if (used + need <= availPt + 1e-6) {
      kept.push(p);
      used += need;
      continue;
    }
    overflowFrom = i;
    const room = Math.floor((availPt - used - (p.spaceBefore ?? 0)) / lh);
    if (input.ellipsis && room > 0) {
      const lines = p.lines.slice(0, room);
      const last = lines[room - 1][0];
      lines[room - 1] = [{ ...last, text: `${last.text.replace(/\s*\S*$/, "")}…` }];
      kept.push({ ...p, lines });
      used += (p.spaceBefore ?? 0) + room * lh;
    }
    break;
  }
  if (input.ellipsis && kept.length === 0 && b.paragraphs.length) kept.push({ ...b.paragraphs[0], lines: [[{ text: "…" }]] });
  return { paragraphs: input.ellipsis ? kept : b.paragraphs, size, lineHeight: lh, height: (input.ellipsis ? used : b.heightPt) / 72 + 2 * input.padding, fits: false, overflowFrom, truncated: !!input.ellipsis };
}

export interface TextPrimitiveInput extends TextBoxInput {
  x: number;
  y: number;
  color: Color;
  fontFace: string;
  align?: Align;
  valign?: VAlign;
  role?: TextPrimitive["role"];
  field?: string;
  fill?: Color;
  radius?: number;
}

export function makeTextPrimitive(stack: FontStack, input: TextPrimitiveInput): { primitive: TextPrimitive; result: TextBoxResult } {
  const result = layoutTextBox(stack, input);
  const primitive: TextPrimitive = {
    type: "text",
    x: input.x,
    y: input.y,
    w: input.w,
    h: input.h,
    padding: input.padding,
    style: { fontFace: input.fontFace, fontSize: result.size, color: input.color, lineHeight: result.lineHeight, ...(input.bold ? { bold: true } : {}) },
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

/** "Plan d'actions (2/3)": the title of page `i` of `n` of a split slide. */
export function continuationTitle(title: string, i: number, n: number, _lang: "fr" | "en"): string {
  return n > 1 ? `${title} (${i}/${n})` : title;
}
