// IR paragraphs -> pptxgenjs text runs, shared by text boxes and table cells.
// Each IR paragraph becomes one PowerPoint paragraph; its lines, already broken
// by the layout, are joined with soft breaks (`<a:br/>`), so PowerPoint only
// re-wraps if its metrics differ from the twin font the layout measured with.
import type { TextProps, TextPropsOptions } from "./pptxgen.js";
import type { Align, Paragraph, TextRun, TextStyle } from "../../layout/types.js";
import type { ParagraphFixup } from "./context.js";
import { escapeXml } from "./postprocess/xml-escape.js";
import { cleanRunText } from "./sanitize.js";
import { inchesToEmu, inchesToPoints, toHex } from "./units.js";

/** The box's (or cell's) own style, which every run inherits unless it overrides it. */
export interface RunDefaults extends TextStyle {
  align: Align;
  lang: string;
}

export interface ConvertedText {
  runs: TextProps[];
  /** One per paragraph written, in order. */
  fixups: Array<ParagraphFixup | null>;
}

/** A box or cell with no paragraph still needs one, or PowerPoint asks to repair the file. */
const EMPTY_PARAGRAPH: Paragraph = { lines: [[{ text: "" }]] };

export function convertParagraphs(paragraphs: Paragraph[], defaults: RunDefaults): ConvertedText {
  const list = paragraphs.length > 0 ? paragraphs : [EMPTY_PARAGRAPH];
  const runs: TextProps[] = [];
  const fixups: Array<ParagraphFixup | null> = [];
  list.forEach((paragraph, index) => {
    const paragraphRuns = convertParagraph(paragraph, index, defaults);
    // Only a run flagged `breakLine` closes a pptxgenjs paragraph.
    paragraphRuns[paragraphRuns.length - 1].options!.breakLine = index < list.length - 1;
    runs.push(...paragraphRuns);
    fixups.push(paragraphFixup(paragraph));
  });
  return { runs, fixups };
}

function convertParagraph(paragraph: Paragraph, index: number, defaults: RunDefaults): TextProps[] {
  const runs: TextProps[] = [];
  const align = paragraph.align ?? defaults.align;
  paragraph.lines.forEach((line, lineIndex) => {
    const lineRuns = line.length > 0 ? line : [{ text: "" }];
    lineRuns.forEach((run, runIndex) => {
      const options = runOptions(run, defaults, align);
      if (lineIndex > 0 && runIndex === 0) options.softBreakBefore = true;
      if (index > 0 && paragraph.spaceBefore) options.paraSpaceBefore = paragraph.spaceBefore;
      runs.push({ text: cleanRunText(run.text), options });
    });
  });
  // pptxgenjs writes the paragraph properties from every run; post-processing
  // keeps the first, so the bullet sits on the first run only.
  if (paragraph.bullet) runs[0].options!.bullet = bulletOptions(paragraph);
  return runs;
}

function runOptions(run: TextRun, defaults: RunDefaults, align: Align): TextPropsOptions {
  const options: TextPropsOptions = {
    // pptxgenjs writes font names and languages into attributes unescaped.
    fontFace: escapeXml(defaults.fontFace),
    fontSize: defaults.fontSize,
    color: toHex(run.color ?? defaults.color),
    bold: run.bold ?? defaults.bold ?? false,
    italic: run.italic ?? defaults.italic ?? false,
    // Same value on every run: pptxgenjs starts a new paragraph when `align` changes.
    align,
    lineSpacing: defaults.lineHeight,
    lang: escapeXml(defaults.lang),
  };
  if (run.link) options.hyperlink = { url: cleanRunText(run.link) };
  return options;
}

function bulletOptions(paragraph: Paragraph): TextPropsOptions["bullet"] {
  const code = paragraph.bullet!.char.codePointAt(0) ?? 0x2022;
  // pptxgenjs only accepts four hex digits; outside the BMP falls back to a round bullet.
  const characterCode = code <= 0xffff ? code.toString(16).toUpperCase().padStart(4, "0") : "2022";
  return { characterCode, indent: inchesToPoints(paragraph.indent ?? 0) };
}

function paragraphFixup(paragraph: Paragraph): ParagraphFixup | null {
  if (paragraph.bullet?.color) return { bulletColor: toHex(paragraph.bullet.color) };
  if (!paragraph.bullet && paragraph.indent) return { indentEmu: inchesToEmu(paragraph.indent) };
  return null;
}
