// Rectangles and rounded rectangles (pills, badges, progress bars).
import type { RectPrimitive } from "../../layout/types.js";
import type { SlideContext } from "./context.js";
import { frameFromInches, nextShapeName, writeShape } from "./shape-xml.js";
import { fillXml, lineXml } from "./stroke.js";

export interface CornerProps {
  preset: "rect" | "roundRect";
  /** Inches. */
  radius?: number;
}

/** PowerPoint caps a corner radius at half the short side; so does this. */
export function cornerProps(box: { w: number; h: number; radius?: number }): CornerProps {
  if (!box.radius || box.radius <= 0) return { preset: "rect" };
  return { preset: "roundRect", radius: Math.min(box.radius, Math.min(box.w, box.h) / 2) };
}

export function renderRect(p: RectPrimitive, ctx: SlideContext): void {
  writeShape(ctx, {
    frame: frameFromInches(p.x, p.y, p.w, p.h),
    geometry: cornerProps(p),
    fill: fillXml(p.fill),
    line: lineXml(p.stroke),
    name: nextShapeName(ctx, "Shape"),
  });
}
