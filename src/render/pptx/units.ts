// The only place the PPTX backend converts units. The IR gives inches for
// geometry, points for font sizes, line pitch, strokes, text-box margins and
// bullet indents, and colours as `#RRGGBB`. The slide XML holds EMU.
//
// The slide XML used to be written by pptxgenjs 4.0.1, and the package's bytes
// must not change, so the conversions below keep its rules, quirks included
// (a "size" of 100 or more is taken as EMU already, points round half up...).
import type { Color } from "../../layout/types.js";
import { rememberBounded } from "../../bounded-memo.js";

export const POINTS_PER_INCH = 72;
export const EMU_PER_INCH = 914400;
export const EMU_PER_POINT = 12700;

export function inchesToPoints(inches: number): number {
  return inches * POINTS_PER_INCH;
}

export function inchesToEmu(inches: number): number {
  return Math.round(inches * EMU_PER_INCH);
}

/** pptxgenjs's `inch2Emu`: a value over 100 is already EMU. */
export function inchToEmuLoose(inches: number): number {
  if (inches > 100) return inches;
  return Math.round(EMU_PER_INCH * inches);
}

/** pptxgenjs's `getSmartParseNumber` for a number: under 100 it is inches, from 100 on EMU, NaN is 0. */
export function sizeToEmu(size: number): number {
  if (size < 100) return inchToEmuLoose(size);
  if (size >= 100) return size;
  return 0;
}

/** pptxgenjs's `valToPts`: points to EMU, anything unreadable is 0. */
export function pointsToEmu(points: number): number {
  const value = Number(points) || 0;
  return Math.round(value * EMU_PER_POINT);
}

/** toHex answers: every shape and run converts one of a deck's few colours. */
const hexes = new Map<string, string>();
const MAX_HEXES = 256;

/** `#1F3A5F` -> `1F3A5F`, upper case. */
export function toHex(color: Color): string {
  // A theme has a dozen colours; the bound only guards against an odd IR.
  return hexes.get(color) ?? rememberBounded(hexes, color, color.replace(/^#/, "").toUpperCase(), MAX_HEXES);
}
