// Readable text on colour (WCAG 4.5:1) for the method slides: the ink chosen
// for pills and the tints behind stakeholder boxes go through here. The
// arithmetic itself lives in color.ts (shared with the other layouts).
import type { Color } from "./types.js";
import type { Theme } from "../theme/schema.js";
import { contrastRatio, mix } from "./color.js";

export { contrastRatio } from "./color.js";

/** The WCAG minimum for body text. */
export const MIN_CONTRAST = 4.5;

/** `amount` of `color` over `base` (0 = base, 1 = color), as `#RRGGBB`. */
export function mixColor(color: Color, base: Color, amount: number): Color {
  return mix(base, color, amount);
}

/** The theme ink that reads best on `fill`: its text colour, its background or its on-primary colour. */
export function readableInk(fill: Color, theme: Theme): Color {
  const candidates = [theme.colors.text, theme.colors.background, theme.colors.on_primary];
  return candidates.reduce((best, c) => (contrastRatio(c, fill) > contrastRatio(best, fill) ? c : best));
}

// Share of the meaning colour in the tint behind a stakeholder's box: enough to
// read as green / orange / red, little enough that body text keeps 4.5:1.
const TINT = 0.16;

/** The tint behind a stakeholder box (or a relationship table cell). */
export function relationshipTint(theme: Theme, relationship: "strong" | "good" | "weak"): Color {
  return mixColor(theme.colors.relationship[relationship], theme.colors.background, TINT);
}

// Share of the accent in the tint behind highlighted table cells (the ROI): visibly the accent, text at 4.5:1.
const ACCENT_TINT = 0.2;

/** The tint behind a highlighted cell such as the offers' ROI. */
export function accentTint(theme: Theme): Color {
  return mixColor(theme.colors.accent, theme.colors.background, ACCENT_TINT);
}

/**
 * The accent as text on `fill`, darkened (or lightened) towards the theme's text
 * colour just enough to reach 4.5:1: the default teal reads 4.4:1 on the surface grey.
 */
export function accentInk(theme: Theme, fill: Color): Color {
  for (let t = 0; t <= 1.0001; t += 0.05) {
    const c = mix(theme.colors.accent, theme.colors.text, t);
    if (contrastRatio(c, fill) >= MIN_CONTRAST) return c;
  }
  return theme.colors.text;
}
