// Colour arithmetic for the layout: tints for panels and chips, and the WCAG
// contrast ratio that decides whether text on a fill is white or dark.
import type { Color } from "./types.js";

function channels(hex: Color): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new TypeError(`not a #RRGGBB colour: ${hex}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

function toHex(c: number[]): Color {
  return `#${c.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

/** `t` = 0 gives `a`, 1 gives `b`. */
export function mix(a: Color, b: Color, t: number): Color {
  const ca = channels(a);
  const cb = channels(b);
  return toHex(ca.map((v, i) => v + (cb[i] - v) * t));
}

/** A light tint of `color` towards white (`amount` = share of white). */
export function tint(color: Color, amount: number): Color {
  return mix(color, "#FFFFFF", amount);
}

/** WCAG 2 relative luminance. */
export function luminance(hex: Color): number {
  const lin = channels(hex).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
}

/** WCAG 2 contrast ratio, from 1 (same colour) to 21 (black on white). */
export function contrastRatio(a: Color, b: Color): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The candidate with the best contrast on `fill`: white first when it meets 4.5:1 (the calmer look on saturated fills). */
export function readableOn(fill: Color, candidates: Color[] = ["#FFFFFF", "#1E2329"]): Color {
  const ok = candidates.find((c) => contrastRatio(c, fill) >= 4.5);
  if (ok) return ok;
  return [...candidates, "#000000"].reduce((best, c) => (contrastRatio(c, fill) > contrastRatio(best, fill) ? c : best));
}

/** A wash of `color` over the slide background (`amount` = share of background): light themes get a pale tint, dark themes a deep one. */
export function wash(color: Color, background: Color, amount: number): Color {
  return mix(color, background, amount);
}
