// IR strokes and fills -> `a:ln` and fill elements.
import type { Stroke } from "../../layout/types.js";
import { solidFillXml } from "./color-xml.js";
import { pointsToEmu, toHex } from "./units.js";

const DASH: Record<NonNullable<Stroke["dash"]>, string> = {
  solid: "solid",
  dash: "dash",
  dot: "sysDot",
};

/** An outline PowerPoint does not draw. */
export const NO_LINE = "<a:ln><a:noFill/></a:ln>";

export function hasStroke(stroke: Stroke | undefined): stroke is Stroke {
  return stroke !== undefined && stroke.width > 0;
}

export interface LineOptions {
  /** Arrow head at the end point of a line. */
  arrowEnd?: boolean;
  /** Text-box borders had no default colour; shapes had a dark grey one. */
  textBox?: boolean;
}

/** The outline of a shape or text box. */
export function lineXml(stroke: Stroke | undefined, options: LineOptions = {}): string {
  if (!hasStroke(stroke)) return NO_LINE;
  const width = pointsToEmu(stroke.width);
  const color = toHex(stroke.color) || (options.textBox ? "" : "333333");
  const tail = options.arrowEnd ? '<a:tailEnd type="triangle"/>' : "";
  return `<a:ln w="${width}">${color ? solidFillXml(color) : ""}<a:prstDash val="${DASH[stroke.dash ?? "solid"]}"/>${tail}</a:ln>`;
}

export function fillXml(fill: string | undefined): string {
  return fill ? solidFillXml(toHex(fill)) : "<a:noFill/>";
}
