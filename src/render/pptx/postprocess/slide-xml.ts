// Targeted string edits on each slide part, where pptxgenjs 4.0.1 writes XML
// that PowerPoint repairs or that cannot say what the IR says.
import type { ParagraphFixup, SlideRecord } from "../context.js";
import { PptxRenderError } from "../errors.js";
import { markTitlePlaceholder } from "./title-placeholder.js";

const P_OPEN = "<a:p>";
const P_CLOSE = "</a:p>";
const PARAGRAPH_PROPS = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

export function fixSlideXml(xml: string, record: SlideRecord, slideNumber: number): string {
  return markTitlePlaceholder(renumberShapeIds(fixParagraphs(xml, record, slideNumber)))
    .replaceAll("<a:ln></a:ln>", "<a:ln><a:noFill/></a:ln>")
    .replaceAll(' descr="preencoded.png"', ' descr=""');
}

/**
 * pptxgenjs writes paragraph properties before every run, but `a:pPr` may only
 * open a paragraph (PowerPoint 2016 reports the file as damaged): keep the first.
 * The IR's paragraphs map one to one, in order, onto the slide's `<a:p>`.
 */
function fixParagraphs(xml: string, record: SlideRecord, slideNumber: number): string {
  // A scan with indexOf rather than a lazy regex over the whole slide: this runs
  // on every paragraph of every slide, and almost every paragraph is kept as is.
  const out: string[] = [];
  let index = 0;
  let kept = 0;
  for (let start = xml.indexOf(P_OPEN); start >= 0; start = xml.indexOf(P_OPEN, start)) {
    const end = xml.indexOf(P_CLOSE, start + P_OPEN.length);
    if (end < 0) break;
    const body = xml.slice(start + P_OPEN.length, end);
    const fixed = fixParagraph(body, record.paragraphs[index++]);
    if (fixed !== undefined) {
      out.push(xml.slice(kept, start), `${P_OPEN}${fixed}${P_CLOSE}`);
      kept = end + P_CLOSE.length;
    }
    start = end + P_CLOSE.length;
  }
  if (index !== record.paragraphs.length) {
    throw new PptxRenderError(
      `slide ${slideNumber}: ${index} paragraphs written for ${record.paragraphs.length} in the layout`,
    );
  }
  if (out.length === 0) return xml;
  out.push(xml.slice(kept));
  return out.join("");
}

/** The paragraph's new body, or undefined when it stays as it is. */
function fixParagraph(body: string, fixup: ParagraphFixup | null | undefined): string | undefined {
  // Most paragraphs are a single run: nothing to drop, nothing to add.
  if (!fixup && body.indexOf("<a:pPr", body.indexOf("<a:pPr") + 1) < 0) return undefined;
  let seen = false;
  return body.replace(PARAGRAPH_PROPS, (props) => {
    if (seen) return "";
    seen = true;
    return fixup ? applyFixup(props, fixup) : props;
  });
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
