// Fill and stroke colours. pdfkit's fillColor / strokeColor parse the hex,
// divide, join and write two operators on every call; a deck has a handful of
// colours and thousands of runs and shapes, so the operators are made once per
// colour. Same bytes: pdfkit writes "/DeviceRGB cs" then "r g b scn" (CS and
// SCN for strokes), each line ending in "\n".
import type { Color } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { rememberBounded } from "../../bounded-memo.js";

const HEX6 = /^#[0-9A-Fa-f]{6}$/;
/** Per colour: [fill operators, stroke operators]. */
const operators = new Map<string, [string, string]>();
const MAX_COLORS = 1024;

/** pdfkit's `_normalizeColor` for #RRGGBB: each channel over 255, joined by spaces. */
function operatorsOf(color: string): [string, string] {
  const hex = parseInt(color.slice(1), 16);
  const rgb = [hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255).join(" ");
  return [`/DeviceRGB cs\n${rgb} scn`, `/DeviceRGB CS\n${rgb} SCN`];
}

/** The colour's operators, or undefined for anything but #RRGGBB (then pdfkit parses it). */
function cached(color: Color): [string, string] | undefined {
  let ops = operators.get(color);
  if (ops === undefined) {
    if (!HEX6.test(color)) return undefined;
    ops = rememberBounded(operators, color, operatorsOf(color), MAX_COLORS);
  }
  return ops;
}

/** What pdfkit's fillColor(color) records (no opacity given, so none written). */
function recordFill(doc: PdfDoc, color: Color): void {
  (doc as unknown as { _fillColor: unknown })._fillColor = [color, undefined];
}

/** doc.fillColor(color). */
export function setFillColor(doc: PdfDoc, color: Color): void {
  const ops = cached(color);
  if (!ops) {
    doc.fillColor(color);
    return;
  }
  doc.addContent(ops[0]);
  recordFill(doc, color);
}

/**
 * What setFillColor writes, returned instead of written (the state it records
 * is recorded); undefined, with nothing done, for a colour pdfkit must parse.
 */
export function fillColorOps(doc: PdfDoc, color: Color): string | undefined {
  const ops = cached(color);
  if (!ops) return undefined;
  recordFill(doc, color);
  return ops[0];
}

/** What setStrokeColor writes (it records nothing); undefined for a colour pdfkit must parse. */
export function strokeColorOps(color: Color): string | undefined {
  return cached(color)?.[1];
}

/** doc.strokeColor(color) (which records nothing). */
export function setStrokeColor(doc: PdfDoc, color: Color): void {
  const ops = cached(color);
  if (!ops) doc.strokeColor(color);
  else doc.addContent(ops[1]);
}

/** doc.fill(color): the colour, then the nonzero fill of the current path. */
export function fillPath(doc: PdfDoc, color: Color): void {
  if (!cached(color)) {
    doc.fill(color);
    return;
  }
  setFillColor(doc, color);
  doc.addContent("f");
}

/** doc.fillAndStroke(fill, stroke): both colours, then fill and stroke the current path. */
export function fillAndStrokePath(doc: PdfDoc, fill: Color, stroke: Color): void {
  if (!cached(fill) || !cached(stroke)) {
    doc.fillAndStroke(fill, stroke);
    return;
  }
  setFillColor(doc, fill);
  setStrokeColor(doc, stroke);
  doc.addContent("B");
}
