// IR paragraphs -> `<a:p>` elements, shared by text boxes and table cells.
// Each IR paragraph becomes one PowerPoint paragraph; its lines, already broken
// by the layout, are joined with soft breaks (`<a:br/>`), so PowerPoint only
// re-wraps if its metrics differ from the twin font the layout measured with.
//
// The XML is what pptxgenjs 4.0.1 wrote, once repaired: one `a:pPr` per
// paragraph (taken from its first run), the bullet colour (`buClr`) and the
// indent without bullet (`marL`) it could not express, and run properties
// that fall back on the box's or cell's own options the way it let them.
import type { Align, Paragraph, TextRun, TextStyle } from "../../layout/types.js";
import type { SlideContext } from "./context.js";
import { PptxRenderError } from "./errors.js";
import { escapeEntities, escapeXml } from "./postprocess/xml-escape.js";
import { solidFillXml } from "./color-xml.js";
import { cleanRunText } from "./sanitize.js";
import { addLinkRel } from "./slide-rels.js";
import { inchesToEmu, inchesToPoints, pointsToEmu, toHex } from "./units.js";
import { rememberBounded } from "../../bounded-memo.js";

/** The box's (or cell's) own style, which every run inherits unless it overrides it. */
export interface RunDefaults extends TextStyle {
  align: Align;
  lang: string;
}

/**
 * What a run falls back on when its own value is empty: pptxgenjs copied the
 * container's options into each run. A text box only had a default colour; a
 * table cell its colour, boldness, font and size.
 */
export interface Fallbacks {
  color?: string;
  /** A text box's runs got its default colour before anything else, links included. */
  colorForLinks?: boolean;
  bold?: boolean;
  fontSize?: number;
  fontFace?: string;
}

/** How a paragraph ends: text boxes and table cells closed it differently. */
export type ParagraphEnd = { kind: "box" } | { kind: "cell"; fontSize: number; fontFace: string };

const ALIGN: Record<Align, string> = { left: ' algn="l"', center: ' algn="ctr"', right: ' algn="r"' };
/** The default bullet margin pptxgenjs used when no indent is given (27 pt). */
const DEFAULT_BULLET_MARGIN = pointsToEmu(27);
const LINK_COLOR_EXT =
  ' <a:extLst>  <a:ext uri="{A12FA001-AC4F-418D-AE19-62706E023703}">   <ahyp:hlinkClr xmlns:ahyp="http://schemas.microsoft.com/office/drawing/2018/hyperlinkcolor" val="tx"/>  </a:ext> </a:extLst></a:hlinkClick>';

/** A box or cell with no paragraph still needs one, or PowerPoint asks to repair the file. */
const EMPTY_PARAGRAPH: Paragraph = { lines: [[{ text: "" }]] };
const EMPTY_LINE: TextRun[] = [{ text: "" }];

export function paragraphsXml(
  paragraphs: Paragraph[],
  defaults: RunDefaults,
  fallbacks: Fallbacks,
  ending: ParagraphEnd,
  ctx: SlideContext,
): string {
  const list = paragraphs.length > 0 ? paragraphs : [EMPTY_PARAGRAPH];
  // Written into attributes as given, so escaped once here for every run.
  const face = escapeXml(defaults.fontFace) || fallbacks.fontFace || "";
  const lang = escapeXml(defaults.lang);
  const fontSize = defaults.fontSize || fallbacks.fontSize || 0;
  const style: RunStyle = { defaults, fallbacks, face, lang, fontSize };
  const end = endParagraphXml(ending, fontSize);
  let xml = "";
  for (let index = 0; index < list.length; index++) {
    const paragraph = list[index];
    xml += `<a:p>${paragraphPropsXml(paragraph, index, defaults)}`;
    for (let lineIndex = 0; lineIndex < paragraph.lines.length; lineIndex++) {
      const line = paragraph.lines[lineIndex];
      const runs = line.length > 0 ? line : EMPTY_LINE;
      for (let runIndex = 0; runIndex < runs.length; runIndex++) {
        if (lineIndex > 0 && runIndex === 0) xml += "<a:br/>";
        xml += runXml(runs[runIndex], style, ctx);
      }
    }
    xml += `${end}</a:p>`;
  }
  return xml;
}

function paragraphPropsXml(paragraph: Paragraph, index: number, defaults: RunDefaults): string {
  let attributes = ALIGN[paragraph.align ?? defaults.align] ?? "";
  let children = defaults.lineHeight ? `<a:lnSpc><a:spcPts val="${Math.round(defaults.lineHeight * 100)}"/></a:lnSpc>` : "";
  const before = index > 0 ? paragraph.spaceBefore : undefined;
  if (before && !isNaN(Number(before)) && before > 0) children += `<a:spcBef><a:spcPts val="${Math.round(before * 100)}"/></a:spcBef>`;
  if (paragraph.bullet) {
    const points = inchesToPoints(paragraph.indent ?? 0);
    const margin = points ? pointsToEmu(points) : DEFAULT_BULLET_MARGIN;
    attributes += ` marL="${margin}" indent="-${margin}"`;
    // `buClr` must precede the bullet size and character in `a:pPr`.
    if (paragraph.bullet.color) children += `<a:buClr><a:srgbClr val="${toHex(paragraph.bullet.color)}"/></a:buClr>`;
    children += `<a:buSzPct val="100000"/><a:buChar char="&#x${bulletCode(paragraph.bullet.char)};"/>`;
  } else {
    const indent = paragraph.indent ? inchesToEmu(paragraph.indent) : 0;
    attributes += ` indent="0" marL="${indent || 0}"`;
    children += "<a:buNone/>";
  }
  return `<a:pPr${attributes}>${children}</a:pPr>`;
}

/** Four hex digits; outside the BMP falls back to a round bullet. */
function bulletCode(char: string): string {
  const code = char.codePointAt(0) ?? 0x2022;
  return code <= 0xffff ? code.toString(16).toUpperCase().padStart(4, "0") : "2022";
}

interface RunStyle {
  defaults: RunDefaults;
  fallbacks: Fallbacks;
  face: string;
  lang: string;
  fontSize: number;
  /** The opening of the box's last run without link: the next run nearly always looks the same. */
  last?: { bold: boolean; italic: boolean; color: string; open: string };
}

/**
 * `<a:r>`, the run's properties and `<a:t>` as one remembered string for a run
 * without link: a run is then three pieces of text instead of five, which
 * also makes the slide's text cheaper to flatten when it is joined.
 */
function runOpenXml(style: RunStyle, bold: boolean, italic: boolean, color: string): string {
  const last = style.last;
  if (last && last.bold === bold && last.italic === italic && last.color === color) return last.open;
  const props = runPropsXml(style, bold, italic, color, false);
  let open = runOpenings.get(props);
  if (open === undefined) open = rememberBounded(runOpenings, props, `<a:r>${props}</a:rPr><a:t>`, MAX_RUN_PROPS);
  style.last = { bold, italic, color, open };
  return open;
}

function runXml(run: TextRun, style: RunStyle, ctx: SlideContext): string {
  const text = cleanRunText(run.text);
  const url = run.link ? cleanRunText(run.link) : undefined;
  // The link is related even when the run has no text to show.
  const relId = url ? addLinkRel(ctx.rels, url) : 0;
  if (!text) return "";
  if (url === "") throw new PptxRenderError(`link of "${text}" is empty once cleaned`);
  const { defaults, fallbacks } = style;
  const bold = (run.bold ?? defaults.bold ?? false) || fallbacks.bold || false;
  const italic = run.italic ?? defaults.italic ?? false;
  // Links never took the container's colour.
  const color = toHex(run.color ?? defaults.color) || (url === undefined || fallbacks.colorForLinks ? fallbacks.color : undefined) || "";
  if (url === undefined) return `${runOpenXml(style, bold, italic, color)}${escapeEntities(text)}</a:t></a:r>`;
  let props = runPropsXml(style, bold, italic, color, true);
  props += `<a:hlinkClick r:id="rId${relId}" invalidUrl="" action="" tgtFrame="" tooltip="" history="1" highlightClick="0" endSnd="0"`;
  props += color ? `>${LINK_COLOR_EXT}` : "/>";
  return `<a:r>${props}</a:rPr><a:t>${escapeEntities(text)}</a:t></a:r>`;
}

/**
 * Run properties up to the link, if any. A deck has a handful of distinct run
 * styles repeated over thousands of runs, so each is built once.
 */
const runProps = new Map<string, string>();
const MAX_RUN_PROPS = 1024;
/** runOpenXml's strings, by the properties they hold (the same strings runProps keeps). */
const runOpenings = new Map<string, string>();

function runPropsXml(style: RunStyle, bold: boolean, italic: boolean, color: string, link: boolean): string {
  const { face, lang, fontSize } = style;
  const key = `${lang}|${fontSize}|${bold ? 1 : 0}${italic ? 1 : 0}${link ? 1 : 0}|${color}|${face}`;
  let props = runProps.get(key);
  if (props !== undefined) return props;
  props =
    `<a:rPr lang="${lang || "en-US"}"${lang ? ' altLang="en-US"' : ""}` +
    `${fontSize ? ` sz="${Math.round(fontSize * 100)}"` : ""}${bold ? ' b="1"' : ""}${italic ? ' i="1"' : ""}` +
    `${link ? ' u="sng"' : ""} dirty="0">`;
  if (color) props += solidFillXml(color);
  if (face) {
    props += `<a:latin typeface="${face}" pitchFamily="34" charset="0"/><a:ea typeface="${face}" pitchFamily="34" charset="-122"/><a:cs typeface="${face}" pitchFamily="34" charset="-120"/>`;
  }
  return rememberBounded(runProps, key, props, MAX_RUN_PROPS);
}

function endParagraphXml(end: ParagraphEnd, fontSize: number): string {
  if (end.kind === "cell") {
    const size = end.fontSize ? ` sz="${Math.round(end.fontSize * 100)}"` : "";
    if (!end.fontFace) return `<a:endParaRPr lang="en-US"${size} dirty="0"/>`;
    const f = end.fontFace;
    return `<a:endParaRPr lang="en-US"${size} dirty="0"><a:latin typeface="${f}" charset="0"/><a:ea typeface="${f}" charset="0"/><a:cs typeface="${f}" charset="0"/></a:endParaRPr>`;
  }
  return fontSize ? `<a:endParaRPr lang="en-US" sz="${Math.round(fontSize * 100)}" dirty="0"/>` : '<a:endParaRPr lang="en-US" dirty="0"/>';
}
