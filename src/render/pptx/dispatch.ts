// The exhaustive dispatch table: a new primitive type in the IR fails to
// compile here until it has a renderer.
import type { Primitive, PrimitiveType } from "../../layout/types.js";
import type { PptxSlide, RenderContext } from "./context.js";
import { renderChart } from "./chart.js";
import { renderEllipse } from "./ellipse.js";
import { renderImage } from "./image.js";
import { renderLine } from "./line.js";
import { renderPolygon } from "./polygon.js";
import { renderRect } from "./rect.js";
import { renderTable } from "./table.js";
import { renderText } from "./text.js";

export type PrimitiveRenderers = {
  [K in PrimitiveType]: (slide: PptxSlide, p: Extract<Primitive, { type: K }>, ctx: RenderContext) => void;
};

const RENDERERS: PrimitiveRenderers = {
  text: renderText,
  rect: renderRect,
  ellipse: renderEllipse,
  polygon: renderPolygon,
  line: renderLine,
  image: renderImage,
  table: renderTable,
  chart: renderChart,
};

export function renderPrimitive(slide: PptxSlide, p: Primitive, ctx: RenderContext): void {
  // The table is keyed by `p.type`, so the cast only restates what the lookup guarantees.
  (RENDERERS[p.type] as (slide: PptxSlide, p: Primitive, ctx: RenderContext) => void)(slide, p, ctx);
}
