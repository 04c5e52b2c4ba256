// The `<p:sp>` element shared by every shape (rectangles, ellipses, lines,
// polygons) and text boxes.
import type { SlideContext } from "./context.js";
import { takeShapeId } from "./context.js";
import { EMU_PER_INCH, sizeToEmu } from "./units.js";

/** A box in EMU, and its flips (lines run corner to corner). */
export interface Frame {
  x: number;
  y: number;
  cx: number;
  cy: number;
  flipH?: boolean;
  flipV?: boolean;
}

export interface ShapeXml {
  frame: Frame;
  /** Preset name (`rect`, `roundRect`, `ellipse`, `line`) or a custom geometry element. */
  geometry: { preset: string; radius?: number } | { custom: string };
  fill: string;
  line: string;
  /** Object name shown in PowerPoint's selection pane. */
  name: string;
  textBox?: { body: string };
}

/** Frame of a shape given in inches (a size of 100 or more was taken as EMU already). */
export function frameFromInches(x: number, y: number, w: number, h: number): Frame {
  return { x: sizeToEmu(x), y: sizeToEmu(y), cx: sizeToEmu(w), cy: sizeToEmu(h) };
}

export function xfrmXml(frame: Frame): string {
  // Only lines flip: every other shape skips building the flips.
  const open = frame.flipH || frame.flipV ? `<a:xfrm${frame.flipH ? ' flipH="1"' : ""}${frame.flipV ? ' flipV="1"' : ""}>` : "<a:xfrm>";
  return `${open}<a:off x="${frame.x}" y="${frame.y}"/><a:ext cx="${frame.cx}" cy="${frame.cy}"/></a:xfrm>`;
}

/** Preset geometries without a corner radius, one string each (most shapes). */
const PLAIN_PRESETS = new Map<string, string>();

function geometryXml(shape: ShapeXml): string {
  if ("custom" in shape.geometry) return shape.geometry.custom;
  const { preset, radius } = shape.geometry;
  if (!radius) {
    let xml = PLAIN_PRESETS.get(preset);
    if (xml === undefined) PLAIN_PRESETS.set(preset, (xml = `<a:prstGeom prst="${preset}"><a:avLst></a:avLst></a:prstGeom>`));
    return xml;
  }
  // Corner radius as a share of the short side (pptxgenjs's `rectRadius`, in inches).
  const adjust = `<a:gd name="adj" fmla="val ${Math.round((radius * EMU_PER_INCH * 100000) / Math.min(shape.frame.cx, shape.frame.cy))}"/>`;
  return `<a:prstGeom prst="${preset}"><a:avLst>${adjust}</a:avLst></a:prstGeom>`;
}

export function writeShape(ctx: SlideContext, shape: ShapeXml): void {
  const id = takeShapeId(ctx);
  let nv: string;
  if (!shape.textBox) nv = "<p:cNvSpPr/><p:nvPr></p:nvPr>";
  else if (shape.name === "Title" && !ctx.titleMarked) {
    // The slide's title box becomes its title placeholder, so PowerPoint's
    // outline view, slide sorter, screen readers and accessibility checker
    // find it. It keeps its own geometry and formatting (all explicit).
    ctx.titleMarked = true;
    nv = '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>';
  } else nv = '<p:cNvSpPr txBox="1"/><p:nvPr></p:nvPr>';
  ctx.shapes.push(
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${shape.name}"></p:cNvPr>${nv}</p:nvSpPr>` +
      `<p:spPr>${xfrmXml(shape.frame)}${geometryXml(shape)}${shape.fill}${shape.line}</p:spPr>` +
      `${shape.textBox?.body ?? ""}</p:sp>`,
  );
}

/** pptxgenjs named unnamed text boxes and shapes from one counter per slide. */
export function nextShapeName(ctx: SlideContext, prefix: "Text" | "Shape"): string {
  return `${prefix} ${ctx.names.text++}`;
}
