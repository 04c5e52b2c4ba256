// WCAG 2 contrast arithmetic, so "text on colour meets 4.5:1" is computed, not
// eyeballed: tints behind text and the ink chosen for pills go through here.
import type { Color } from "./types.js";
import type { Theme } from "../theme/schema.js";

/** The WCAG minimum for body text. */
export const MIN_CONTRAST = 4.5;

function channels(hex: Color): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function relativeLuminance(hex: Color): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (same colour) to 21 (black on white); symmetric in its arguments. */
export function contrastRatio(a: Color, b: Color): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `amount` of `color` over `base` (0 = base, 1 = color), as `#RRGGBB`. */
export function mixColor(color: Color, base: Color, amount: number): Color {
  const c = channels(color);
  const b = channels(base);
  const mixed = c.map((v, i) => Math.round(b[i] + (v - b[i]) * amount));
  return `#${mixed.map((v) => v.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}

/** The theme ink that reads best on `fill`: its text colour, its background or its on-primary colour. */
export function readableInk(fill: Color, theme: Theme): Color {
  const candidates = [theme.colors.text, theme.colors.background, theme.colors.on_primary];
  return candidates.reduce((best, c) => (contrastRatio(c, fill) > contrastRatio(best, fill) ? c : best));
}

// Share of the meaning colour in the light tint behind a stakeholder's box: enough to
// read as green / orange / red, little enough that body text keeps 4.5:1.
const TINT = 0.16;

/** The tint behind a stakeholder box (or a relationship table cell). */
export function relationshipTint(theme: Theme, relationship: "strong" | "good" | "weak"): Color {
  return mixColor(theme.colors.relationship[relationship], theme.colors.background, TINT);
}
