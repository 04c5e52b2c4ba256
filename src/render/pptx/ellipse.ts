// Ellipses and dots (status markers, legend swatches).
import type { EllipsePrimitive } from "../../layout/types.js";
import type { PptxSlide } from "./context.js";
import { toFillProps, toLineProps } from "./stroke.js";

export function renderEllipse(slide: PptxSlide, p: EllipsePrimitive): void {
  slide.addShape("ellipse", {
    x: p.x,
    y: p.y,
    w: p.w,
    h: p.h,
    fill: toFillProps(p.fill),
    line: toLineProps(p.stroke),
  });
}
