// The only place the PPTX backend converts units. pptxgenjs takes inches for
// geometry, points for font sizes, line pitch, strokes, text-box margins and
// bullet indents, and colours as `RRGGBB` without the hash.
import type { Color } from "../../layout/types.js";

export const POINTS_PER_INCH = 72;
export const EMU_PER_INCH = 914400;

export function inchesToPoints(inches: number): number {
  return inches * POINTS_PER_INCH;
}

export function inchesToEmu(inches: number): number {
  return Math.round(inches * EMU_PER_INCH);
}

/** `#1F3A5F` -> `1F3A5F`, upper case, as pptxgenjs expects. */
export function toHex(color: Color): string {
  return color.replace(/^#/, "").toUpperCase();
}
