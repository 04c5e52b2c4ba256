// Ellipses and dots (status markers, legend swatches).
import type { EllipsePrimitive } from "../../layout/types.js";
import type { SlideContext } from "./context.js";
import { frameFromInches, nextShapeName, writeShape } from "./shape-xml.js";
import { fillXml, lineXml } from "./stroke.js";

export function renderEllipse(p: EllipsePrimitive, ctx: SlideContext): void {
  writeShape(ctx, {
    frame: frameFromInches(p.x, p.y, p.w, p.h),
    geometry: { preset: "ellipse" },
    fill: fillXml(p.fill),
    line: lineXml(p.stroke),
    name: nextShapeName(ctx, "Shape"),
  });
}
