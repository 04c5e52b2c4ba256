// Colour elements, as pptxgenjs 4.0.1 wrote them: anything that is neither six
// hex digits nor a theme colour name becomes black.
import { rememberBounded } from "../../bounded-memo.js";

const HEX_COLOR = /^[0-9a-fA-F]{6}$/;
const SCHEME_COLORS = new Set(["tx1", "tx2", "bg1", "bg2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6"]);
const FALLBACK = "000000";

/** `<a:srgbClr val="RRGGBB"/>` (or a scheme colour) for `RRGGBB`. */
export function colorXml(color: string | undefined): string {
  let value = (color ?? "").replace("#", "");
  if (!HEX_COLOR.test(value) && !SCHEME_COLORS.has(value)) value = FALLBACK;
  return HEX_COLOR.test(value) ? `<a:srgbClr val="${value.toUpperCase()}"/>` : `<a:schemeClr val="${value}"/>`;
}

/** solidFillXml answers, one flat string per colour (a deck has a dozen). */
const solidFills = new Map<string | undefined, string>();
const MAX_SOLID_FILLS = 256;

export function solidFillXml(color: string | undefined): string {
  return solidFills.get(color) ?? rememberBounded(solidFills, color, `<a:solidFill>${colorXml(color)}</a:solidFill>`, MAX_SOLID_FILLS);
}
