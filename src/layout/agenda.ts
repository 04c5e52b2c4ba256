// Agenda: the deck's sections, numbered, one per row with a hairline between
// rows. One centred column while the rows keep a comfortable height; two columns
// only for a long agenda. Rows grow with a short agenda so it fills the body
// calmly instead of huddling at the top.
import type { AgendaSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { withFields } from "./with-fields.js";

/** Inches: the tallest row (a short agenda) and the shortest one a single column may use. */
const ROW_MAX = 0.78;
const ROW_MIN = 0.5;
/** Inches kept free above the first row. */
const TOP_AIR = 0.1;

export function layoutAgenda(slide: AgendaSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid } = ctx;
  const room = grid.body.h - TOP_AIR;
  const twoColumns = slide.items.length * ROW_MIN > room;
  const spans = twoColumns ? [grid.col(1, 5), grid.col(6, 5)] : [grid.col(2, 8)];
  const perColumn = Math.ceil(slide.items.length / spans.length);
  const rowH = Math.min(ROW_MAX, room / Math.max(1, perColumn));
  const body: Primitive[] = slide.items.flatMap((item, i) => {
    const span = spans[Math.floor(i / perColumn)];
    const y = grid.body.y + TOP_AIR + (i % perColumn) * rowH;
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
    ctx.text(withFields(common, { x: r.x, w: numberW, paragraphs: [{ text: String(r.n).padStart(2, "0") }], bold: true, color: theme.colors.accent, role: "label" })).primitive,
    ctx.text(withFields(common, { x: r.x + numberW, w: r.w - numberW, paragraphs: [{ text: r.text }], color: theme.colors.text, ellipsis: true, role: "body" })).primitive,
    { type: "line", x1: r.x, y1: r.y + r.h - 0.03, x2: r.x + r.w, y2: r.y + r.h - 0.03, stroke: { color: theme.colors.rule, width: 0.75 } },
  ];
}
