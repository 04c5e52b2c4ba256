// The exhaustive dispatch table: a new primitive type in the IR fails to
// compile here until it has a writer.
import type { Primitive, PrimitiveType } from "../../layout/types.js";
import type { SlideContext } from "./context.js";
import { renderChart } from "./chart.js";
import { renderEllipse } from "./ellipse.js";
import { renderImage } from "./image.js";
import { renderLine } from "./line.js";
import { renderPolygon } from "./polygon.js";
import { renderRect } from "./rect.js";
import { renderTable } from "./table.js";
import { renderText } from "./text.js";

export type PrimitiveRenderers = {
  [K in PrimitiveType]: (p: Extract<Primitive, { type: K }>, ctx: SlideContext) => void;
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

export function renderPrimitive(p: Primitive, ctx: SlideContext): void {
  // The table is keyed by `p.type`, so the cast only restates what the lookup guarantees.
  (RENDERERS[p.type] as (p: Primitive, ctx: SlideContext) => void)(p, ctx);
}
