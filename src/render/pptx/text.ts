// Text boxes: native, editable `<p:sp txBox>` with the layout's lines, size and
// pitch. Autofit stays off: the layout already fitted the text, and PowerPoint
// would only apply a shrink after the user edits the box anyway.
import type { TextPrimitive } from "../../layout/types.js";
import type { PptxSlide, RenderContext } from "./context.js";
import { toFillProps, toLineProps } from "./stroke.js";
import { convertParagraphs } from "./text-runs.js";
import { cornerProps } from "./rect.js";
import { inchesToPoints } from "./units.js";

const VALIGN = { top: "top", middle: "middle", bottom: "bottom" } as const;

/** Names shown in PowerPoint's selection pane, so an editor finds the title or footer at once. */
const OBJECT_NAMES: Record<NonNullable<TextPrimitive["role"]>, string> = {
  title: "Title",
  subtitle: "Subtitle",
  body: "Text",
  label: "Label",
  footer: "Footer",
  caption: "Caption",
};

export function renderText(slide: PptxSlide, p: TextPrimitive, ctx: RenderContext): void {
  const { runs, fixups } = convertParagraphs(p.paragraphs, {
    fontFace: p.style.fontFace,
    fontSize: p.style.fontSize,
    color: p.style.color,
    bold: p.style.bold,
    italic: p.style.italic,
    lineHeight: p.style.lineHeight,
    align: p.align,
    lang: ctx.lang,
  });
  ctx.slide.paragraphs.push(...fixups);
  slide.addText(runs, {
    x: p.x,
    y: p.y,
    w: p.w,
    h: p.h,
    margin: inchesToPoints(p.padding),
    valign: VALIGN[p.valign],
    align: p.align,
    wrap: true,
    fit: "none",
    autoFit: false,
    isTextBox: true,
    objectName: p.role ? OBJECT_NAMES[p.role] : undefined,
    fill: toFillProps(p.fill),
    line: toLineProps(p.border),
    ...cornerProps(p),
  });
}
