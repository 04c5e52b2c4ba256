// IR strokes -> pptxgenjs line properties (width in points).
import type { ShapeFillProps, ShapeLineProps } from "./pptxgen.js";
import type { Stroke } from "../../layout/types.js";
import { toHex } from "./units.js";

const DASH: Record<NonNullable<Stroke["dash"]>, ShapeLineProps["dashType"]> = {
  solid: "solid",
  dash: "dash",
  dot: "sysDot",
};

export function toLineProps(stroke: Stroke | undefined): ShapeLineProps | undefined {
  if (!stroke || stroke.width <= 0) return undefined;
  return { color: toHex(stroke.color), width: stroke.width, dashType: DASH[stroke.dash ?? "solid"] };
}

export function toFillProps(fill: string | undefined): ShapeFillProps | undefined {
  return fill ? { color: toHex(fill) } : undefined;
}
