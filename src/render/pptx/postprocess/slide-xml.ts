// Targeted string edits on each slide part, where pptxgenjs 4.0.1 writes XML
// that PowerPoint repairs or that cannot say what the IR says.
import type { ParagraphFixup, SlideRecord } from "../context.js";
import { PptxRenderError } from "../errors.js";

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPS = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

export function fixSlideXml(xml: string, record: SlideRecord, slideNumber: number): string {
  return renumberShapeIds(fixParagraphs(xml, record, slideNumber))
    .replace(/<a:ln><\/a:ln>/g, "<a:ln><a:noFill/></a:ln>")
    .replace(/ descr="preencoded\.png"/g, ' descr=""');
}

/**
 * pptxgenjs writes paragraph properties before every run, but `a:pPr` may only
 * open a paragraph (PowerPoint 2016 reports the file as damaged): keep the first.
 * The IR's paragraphs map one to one, in order, onto the slide's `<a:p>`.
 */
function fixParagraphs(xml: string, record: SlideRecord, slideNumber: number): string {
  let index = 0;
  const fixed = xml.replace(PARAGRAPH, (match, body: string) => {
    const fixup = record.paragraphs[index++];
    // Most paragraphs are a single run: nothing to drop, nothing to add.
    if (!fixup && body.indexOf("<a:pPr", body.indexOf("<a:pPr") + 1) < 0) return match;
    let seen = false;
    const once = body.replace(PARAGRAPH_PROPS, (props) => {
      if (seen) return "";
      seen = true;
      return fixup ? applyFixup(props, fixup) : props;
    });
    return `<a:p>${once}</a:p>`;
  });
  if (index !== record.paragraphs.length) {
    throw new PptxRenderError(
      `slide ${slideNumber}: ${index} paragraphs written for ${record.paragraphs.length} in the layout`,
    );
  }
  return fixed;
}

function applyFixup(props: string, fixup: ParagraphFixup): string {
  let out = props;
  // `buClr` must precede the bullet size and character in `a:pPr`.
  if (fixup.bulletColor) out = out.replace("<a:buSzPct", `<a:buClr><a:srgbClr val="${fixup.bulletColor}"/></a:buClr><a:buSzPct`);
  if (fixup.indentEmu) out = out.replace(' marL="0"', ` marL="${fixup.indentEmu}"`);
  return out;
}

/** pptxgenjs gives tables ids that collide with other shapes' ids; ids must be unique per slide. */
function renumberShapeIds(xml: string): string {
  let id = 0;
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++id}"`);
}
