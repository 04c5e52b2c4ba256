// The text fill colour, set once per run. pdfkit's fillColor parses the hex,
// divides, joins and writes two operators on every call; a deck has a handful of
// colours and thousands of runs, so the operators are made once per colour.
// Same bytes: pdfkit writes "/DeviceRGB cs" then "r g b scn", each line ending in "\n".
import type { Color } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";

const HEX6 = /^#[0-9A-Fa-f]{6}$/;
const operators = new Map<string, string>();
const MAX_COLORS = 1024;

/** pdfkit's `_normalizeColor` for #RRGGBB: each channel over 255, joined by spaces. */
function operatorsOf(color: string): string {
  const hex = parseInt(color.slice(1), 16);
  const rgb = [hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255);
  return `/DeviceRGB cs\n${rgb.join(" ")} scn`;
}

export function setFillColor(doc: PdfDoc, color: Color): void {
  let ops = operators.get(color);
  if (ops === undefined) {
    if (!HEX6.test(color)) {
      doc.fillColor(color);
      return;
    }
    ops = operatorsOf(color);
    if (operators.size >= MAX_COLORS) operators.clear();
    operators.set(color, ops);
  }
  doc.addContent(ops);
  // What pdfkit's fillColor(color) records (no opacity given, so none written).
  (doc as unknown as { _fillColor: unknown })._fillColor = [color, undefined];
}
