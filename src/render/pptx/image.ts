// Pictures (logos): the bytes were read before the slides are written, and each
// distinct image is stored once however many times it is placed.
import type { ImagePrimitive } from "../../layout/types.js";
import type { SlideContext } from "./context.js";
import { takeShapeId } from "./context.js";
import { PptxRenderError } from "./errors.js";
import { placeImage } from "./media.js";
import { escapeXml } from "./postprocess/xml-escape.js";
import { addImageRel } from "./slide-rels.js";
import { sizeToEmu } from "./units.js";

export function renderImage(p: ImagePrimitive, ctx: SlideContext): void {
  const image = ctx.deck.images.get(p.path);
  if (!image) throw new PptxRenderError(`image not loaded: ${p.path}`);
  const slideImages = ctx.names.image++;
  const media = placeImage(ctx.deck.media, image, `image-${ctx.slideIndex + 1}-${slideImages + 1}.${image.ext}`);
  const relId = addImageRel(ctx.rels, media);
  const id = takeShapeId(ctx);
  const alt = escapeXml(p.alt ?? "");
  // The previous pipeline cleared pptxgenjs's placeholder description, whoever wrote it.
  const descr = alt === "preencoded.png" ? "" : alt;
  // A missing size was one inch.
  const [x, y, cx, cy] = [sizeToEmu(p.x || 0), sizeToEmu(p.y || 0), sizeToEmu(p.w || 1), sizeToEmu(p.h || 1)];
  ctx.shapes.push(
    `<p:pic>  <p:nvPicPr><p:cNvPr id="${id}" name="Image ${slideImages}" descr="${descr}">    </p:cNvPr>` +
      '    <p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr>    <p:nvPr></p:nvPr>  </p:nvPicPr>' +
      `<p:blipFill><a:blip r:embed="rId${relId}"></a:blip>  <a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
      `<p:spPr> <a:xfrm>  <a:off x="${x}" y="${y}"/>  <a:ext cx="${cx}" cy="${cy}"/> </a:xfrm> <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`,
  );
}
