// One slide's part and its relationships, written from the layout IR.
//
// This XML is byte for byte what pptxgenjs 4.0.1 wrote for kamdeck's options
// once the previous post-processing had repaired it (one `a:pPr` per paragraph,
// shape ids renumbered in drawing order, empty outlines filled, the title box
// marked as title placeholder...). Writing it directly skips pptxgenjs's
// option cleaning and string building and the repair pass, which were most of
// the PPTX render time.
import type { SlideLayout } from "../../layout/types.js";
import type { DeckContext, SlideContext } from "./context.js";
import { solidFillXml } from "./color-xml.js";
import { renderPrimitive } from "./dispatch.js";
import { newSlideRels, slideRelsXml } from "./slide-rels.js";
import { toHex } from "./units.js";

const SLIDE_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">';
const TREE_OPEN =
  '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
  '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';
const SLIDE_CLOSE = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>";

export interface SlideParts {
  xml: string;
  rels: string;
}

export function writeSlide(slide: SlideLayout, slideIndex: number, deck: DeckContext): SlideParts {
  const ctx: SlideContext = {
    deck,
    slideIndex,
    shapes: [],
    nextId: 2,
    names: { text: 0, image: 0, table: 0, chart: 0 },
    titleMarked: false,
    rels: newSlideRels(),
  };
  for (const primitive of slide.primitives) renderPrimitive(primitive, ctx);
  const color = toHex(slide.background);
  const background = color ? `<p:bg><p:bgPr>${solidFillXml(color)}</p:bgPr></p:bg>` : "";
  // One join for the whole part, so the slide is a single flat string: a template
  // around `shapes.join("")` would leave a rope whose flattening, when the
  // part is encoded for the zip, copies the slide's text a second time.
  const pieces = [SLIDE_OPEN, `<p:cSld name="Slide ${slideIndex + 1}">`, background, TREE_OPEN];
  for (const shape of ctx.shapes) pieces.push(shape);
  pieces.push(SLIDE_CLOSE);
  return { xml: pieces.join(""), rels: slideRelsXml(ctx.rels) };
}
