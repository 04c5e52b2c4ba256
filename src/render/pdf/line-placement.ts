// Where line i of a text box sits. Both renderers must agree: every line gets a
// slot exactly `lineHeight` points tall and the glyphs sit in it the CSS way
// (half the leading above the ascent, half below the descent), which is where
// PowerPoint puts a line set to an exact spacing (first baseline about 0.8 of
// the pitch below the top inset for Carlito at 1.2 em).
// INTERIM until src/layout/text exports the shared rule (baselineOffset).

export interface FontMetrics {
  /** Ascent and descent as fractions of the em, both positive. */
  ascent: number;
  descent: number;
}

/** Carlito / Calibri (hhea 1950 / 550 of 2048 units). */
export const TWIN_METRICS: FontMetrics = { ascent: 1950 / 2048, descent: 550 / 2048 };

/** Distance (points) from the top of a line's slot to its baseline. */
export function baselineOffset(opts: { fontSize: number; lineHeight: number; metrics?: FontMetrics }): number {
  const m = opts.metrics ?? TWIN_METRICS;
  return (opts.lineHeight + (m.ascent - m.descent) * opts.fontSize) / 2;
}
