// The stance marker as a shape, so it reads without colour and without relying
// on a glyph the theme font lacks: checked with the font stack, Carlito has none
// of ★ ▲ ● ▼ ✓ (only Noto Sans SC, the CJK fallback, draws them, and PowerPoint
// would substitute its own font), and no file has ✕. So: ★ champion, ▲ ally,
// ● neutral, ▼ detractor, drawn as native polygons and ellipses.
import type { Color, Primitive } from "./types.js";
import type { Stance } from "../plan/schema.js";
import { r3 } from "./grid.js";

export interface MarkerInput {
  stance: Stance;
  /** Centre and size of the marker's square (inches). */
  cx: number;
  cy: number;
  size: number;
  fill: Color;
}

export function stanceMarker(m: MarkerInput): Primitive {
  const h = m.size / 2;
  const pts = (list: Array<[number, number]>) => list.map(([x, y]) => ({ x: r3(m.cx + x), y: r3(m.cy + y) }));
  switch (m.stance) {
    case "champion":
      return { type: "polygon", points: pts(starPoints(h)), fill: m.fill };
    case "ally":
      return { type: "polygon", points: pts([[-h, h * 0.8], [h, h * 0.8], [0, -h]]), fill: m.fill };
    case "neutral":
      return { type: "ellipse", x: r3(m.cx - h * 0.8), y: r3(m.cy - h * 0.8), w: r3(h * 1.6), h: r3(h * 1.6), fill: m.fill };
    case "detractor":
      return { type: "polygon", points: pts([[-h, -h * 0.8], [h, -h * 0.8], [0, h]]), fill: m.fill };
  }
}

/** A five-pointed star of outer radius r (inches), pointing up. */
function starPoints(r: number): Array<[number, number]> {
  const inner = r * 0.45;
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rad = i % 2 === 0 ? r : inner;
    return [rad * Math.cos(a), rad * Math.sin(a) + r * 0.1] as [number, number];
  });
}
