// Agenda: the deck's sections, numbered, one per row with a hairline between
// rows; two columns when there are more than seven, so rows stay generous.
import type { AgendaSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";

const ROW_H = 0.62;
const PER_COLUMN = 7;

export function layoutAgenda(slide: AgendaSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid } = ctx;
  const twoColumns = slide.items.length > PER_COLUMN;
  const spans = twoColumns ? [grid.col(1, 5), grid.col(6, 5)] : [grid.col(2, 8)];
  const perColumn = Math.ceil(slide.items.length / spans.length);
  const rowH = Math.min(ROW_H, (grid.body.h - 0.1) / Math.max(1, perColumn));
  const body: Primitive[] = slide.items.flatMap((item, i) => {
    const span = spans[Math.floor(i / perColumn)];
    const y = grid.body.y + 0.1 + (i % perColumn) * rowH;
    return agendaRow(ctx, { n: i + 1, text: item, x: span.x, w: span.w, y, h: rowH });
  });
  return [framedSlide(ctx, slide, body)];
}

function agendaRow(ctx: LayoutContext, r: { n: number; text: string; x: number; w: number; y: number; h: number }): Primitive[] {
  const { theme } = ctx;
  const numberW = 0.8;
  const size = theme.sizes.subtitle + 2;
  const common = { y: r.y, h: r.h - 0.06, size, valign: "middle" as const, padding: 0.04 };
  return [
    ctx.text({ ...common, x: r.x, w: numberW, paragraphs: [{ text: String(r.n).padStart(2, "0") }], bold: true, color: theme.colors.accent, role: "label" }).primitive,
    ctx.text({ ...common, x: r.x + numberW, w: r.w - numberW, paragraphs: [{ text: r.text }], color: theme.colors.text, ellipsis: true, role: "body" }).primitive,
    { type: "line", x1: r.x, y1: r.y + r.h - 0.03, x2: r.x + r.w, y2: r.y + r.h - 0.03, stroke: { color: theme.colors.rule, width: 0.75 } },
  ];
}
