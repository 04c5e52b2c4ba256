// Text boxes: native, editable `<p:sp txBox>` with the layout's lines, size and
// pitch. Autofit stays off: the layout already fitted the text, and PowerPoint
// would only apply a shrink after the user edits the box anyway.
import type { TextPrimitive } from "../../layout/types.js";
import type { SlideContext } from "./context.js";
import { cornerProps } from "./rect.js";
import { frameFromInches, writeShape } from "./shape-xml.js";
import { fillXml, lineXml } from "./stroke.js";
import { paragraphsXml, type Fallbacks, type ParagraphEnd, type RunDefaults } from "./text-body.js";
import { inchesToPoints, pointsToEmu } from "./units.js";
import { rememberBounded } from "../../bounded-memo.js";

const ANCHOR = { top: "t", middle: "ctr", bottom: "b" } as const;

/** Names shown in PowerPoint's selection pane, so an editor finds the title or footer at once. */
const OBJECT_NAMES: Record<NonNullable<TextPrimitive["role"]>, string> = {
  title: "Title",
  subtitle: "Subtitle",
  body: "Text",
  label: "Label",
  footer: "Footer",
  caption: "Caption",
};

/** A text box's runs fell back on its black default colour, links included. */
const BOX_FALLBACKS: Fallbacks = { color: "000000", colorForLinks: true };
const BOX_END: ParagraphEnd = { kind: "box" };

/** The body's opening up to its paragraphs, per inset, anchor and list style: a deck uses a few. */
const bodyOpenings = new Map<string, string>();
const MAX_BODY_OPENINGS = 256;

function bodyOpenXml(inset: number, valign: TextPrimitive["valign"], flat: boolean): string {
  const key = `${inset}|${valign}|${flat ? 1 : 0}`;
  let xml = bodyOpenings.get(key);
  if (xml !== undefined) return xml;
  // A box of zero height kept a left-aligned list style (pptxgenjs's rule for lines).
  const listStyle = flat ? '<a:lstStyle><a:lvl1pPr algn="l"/></a:lstStyle>' : "<a:lstStyle/>";
  const open = `<p:txBody><a:bodyPr wrap="square" lIns="${inset}" tIns="${inset}" rIns="${inset}" bIns="${inset}" rtlCol="0" anchor="${ANCHOR[valign]}"></a:bodyPr>`;
  return rememberBounded(bodyOpenings, key, open + listStyle, MAX_BODY_OPENINGS);
}

function runDefaults(p: TextPrimitive, ctx: SlideContext): RunDefaults {
  const { fontFace, fontSize, color, bold, italic, lineHeight } = p.style;
  return { fontFace, fontSize, color, bold, italic, lineHeight, align: p.align, lang: ctx.deck.lang };
}

export function renderText(p: TextPrimitive, ctx: SlideContext): void {
  // Every text box takes a number from the slide's counter, named or not.
  const number = ctx.names.text++;
  const body =
    bodyOpenXml(pointsToEmu(inchesToPoints(p.padding)), p.valign, p.h === 0) +
    paragraphsXml(p.paragraphs, runDefaults(p, ctx), BOX_FALLBACKS, BOX_END, ctx) +
    "</p:txBody>";
  const corners = cornerProps(p);
  writeShape(ctx, {
    frame: frameFromInches(p.x, p.y, p.w, p.h),
    geometry: corners,
    fill: fillXml(p.fill),
    line: lineXml(p.border, { textBox: true }),
    name: p.role ? OBJECT_NAMES[p.role] : `Text ${number}`,
    textBox: { body },
  });
}
