// The only place the PDF converts the IR's inches into PDF points.

/** PDF user space unit (point) per inch. */
export const POINTS_PER_INCH = 72;

/** Inches to points. */
export function pt(inches: number): number {
  return inches * POINTS_PER_INCH;
}
