// Rectangles and rounded rectangles (pills, badges, progress bars).
import type { ShapeName } from "./pptxgen.js";
import type { RectPrimitive } from "../../layout/types.js";
import type { PptxSlide } from "./context.js";
import { toFillProps, toLineProps } from "./stroke.js";

export interface CornerProps {
  shape: ShapeName;
  /** Inches (pptxgenjs's `rectRadius` is in inches despite its docs). */
  rectRadius?: number;
}

/** PowerPoint caps a corner radius at half the short side; so does this. */
export function cornerProps(box: { w: number; h: number; radius?: number }): CornerProps {
  if (!box.radius || box.radius <= 0) return { shape: "rect" };
  return { shape: "roundRect", rectRadius: Math.min(box.radius, Math.min(box.w, box.h) / 2) };
}

export function renderRect(slide: PptxSlide, p: RectPrimitive): void {
  const corners = cornerProps(p);
  slide.addShape(corners.shape, {
    x: p.x,
    y: p.y,
    w: p.w,
    h: p.h,
    fill: toFillProps(p.fill),
    line: toLineProps(p.stroke),
    rectRadius: corners.rectRadius,
  });
}
