// Characters that need no glyph of their own. French number formatting (Intl, fr-FR)
// puts U+202F between thousands and U+00A0 before "€", and Carlito lacks U+202F while
// pdfkit crashes on its U+00A0 glyph: such spaces are measured and drawn as U+0020.
// Line breaking still sees the original no-break characters (src/layout/text).

export type CharClass = "space" | "zero-width" | "mark" | "other";

const SPACE_LIKE = new Set([0x09, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]);
const MARK = /^\p{M}$/u;
const FORMAT = /^\p{Cf}$/u;

export function classifyChar(cp: number): CharClass {
  if (SPACE_LIKE.has(cp) || (cp >= 0x2000 && cp <= 0x200a)) return cp === 0x3000 ? "other" : "space";
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return "zero-width";
  if (cp < 0xad) return "other";
  // Variation selectors (the U+FE0F after "❤" or "✔") choose a presentation, draw nothing.
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return "zero-width";
  const ch = String.fromCodePoint(cp);
  if (FORMAT.test(ch)) return "zero-width";
  if (MARK.test(ch)) return "mark";
  return "other";
}

/** The code point actually measured and drawn for a character of that class. */
export function drawnCodePoint(cp: number, cls: CharClass): number {
  return cls === "space" ? 0x20 : cp;
}
