// General information: facts (main contact with e-mail, client since, sector,
// team) and the buying process on the left; the market table and the news on
// the right; on internal decks, the internal note in a box marked as such.
import type { AccountSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { blockHeading, bottomOf, flowText, BLOCK_GAP } from "./flow.js";
import { labelsFor } from "../i18n/labels.js";
import { layoutMarketTable } from "./market-table.js";
import { reflow } from "./reflow.js";
import { withFields } from "./with-fields.js";

export function layoutAccount(slide: AccountSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid } = ctx;
  const left = grid.col(0, 4);
  const right = grid.col(4, 8);
  const body = [...leftColumn(ctx, slide, left), ...rightColumn(ctx, slide, right)];
  return [framedSlide(ctx, slide, body)];
}

function leftColumn(ctx: LayoutContext, slide: AccountSlide, col: { x: number; w: number }): Primitive[] {
  const { theme, grid } = ctx;
  const bottom = grid.body.y + grid.body.h;
  const out: Primitive[] = [{ type: "rect", x: col.x, y: grid.body.y, w: col.w, h: grid.body.h, fill: theme.colors.surface }];
  const x = col.x + 0.14;
  const w = col.w - 0.28;
  let y = grid.body.y + 0.14;
  for (const [i, fact] of slide.facts.entries()) {
    const room = bottom - 0.14 - y;
    if (room < 0.7) {
      ctx.warn("account", `${slide.facts.length - i} fact(s) left out of the general-information slide: no room`);
      break;
    }
    const email = fact.link?.startsWith("mailto:") ? fact.link.slice("mailto:".length) : undefined;
    const label = flowText(ctx, { x, y, w, h: 0.3, padding: 0.03, paragraphs: [{ text: fact.label }], size: theme.sizes.small, bold: true, color: theme.colors.muted, role: "label" });
    const value = flowText(ctx, {
      x,
      y: bottomOf(label),
      w,
      h: room - label.h,
      padding: 0.03,
      paragraphs: [{ text: fact.value }, ...(email ? [{ text: email, link: fact.link, color: theme.colors.accent }] : [])],
      role: "body",
    });
    out.push(label, value);
    y = bottomOf(value) + 0.12;
  }
  return out;
}

/** Market table across the top; buying process and news side by side below it; the internal note at the foot. */
function rightColumn(ctx: LayoutContext, slide: AccountSlide, col: { x: number; w: number }): Primitive[] {
  const { grid } = ctx;
  const labels = labelsFor(ctx.info.language).account;
  const bottom = grid.body.y + grid.body.h;
  const out: Primitive[] = [];
  let y = grid.body.y;
  if (slide.market) {
    const market = layoutMarketTable(ctx, { market: slide.market, x: col.x, y, w: col.w });
    out.push(...market.primitives);
    y = market.bottom + BLOCK_GAP;
  }
  const noteH = slide.internalNote ? 1.15 : 0;
  const blocksBottom = bottom - (noteH ? noteH + BLOCK_GAP : 0);
  const blocks = [
    ...(slide.buyingProcess ? [{ heading: labels.buyingProcess, items: reflow(slide.buyingProcess), bullets: false, field: "account.buying_process" }] : []),
    ...(slide.news.length ? [{ heading: labels.news, items: slide.news, bullets: true, field: "account.news" }] : []),
  ];
  const spans = blocks.length === 2 ? [ctx.grid.col(4, 4), ctx.grid.col(8, 4)] : [col];
  blocks.forEach((b, i) => out.push(...textBlock(ctx, withFields(b, { x: spans[i].x, w: spans[i].w, y, bottom: blocksBottom }))));
  if (slide.internalNote) out.push(...internalNote(ctx, { x: col.x, y: bottom - noteH, w: col.w, h: noteH, text: slide.internalNote, label: labels.internalNote }));
  return out;
}

function textBlock(ctx: LayoutContext, b: { heading: string; items: string[]; bullets: boolean; field: string; x: number; w: number; y: number; bottom: number }): Primitive[] {
  const heading = blockHeading(ctx, { x: b.x, y: b.y, w: b.w, text: b.heading });
  const text = flowText(ctx, {
    x: b.x,
    y: bottomOf(heading),
    w: b.w,
    h: Math.max(0.3, b.bottom - bottomOf(heading)),
    paragraphs: b.items.map((text, i) => ({ text, bullet: b.bullets, spaceBefore: i ? 4 : 0 })),
    field: b.field,
    where: "the general-information slide",
    role: "body",
  });
  for (const p of text.paragraphs) if (p.bullet) p.bullet.color = ctx.theme.colors.accent;
  return [heading, text];
}

function internalNote(ctx: LayoutContext, p: { x: number; y: number; w: number; h: number; text: string; label: string }): Primitive[] {
  const { theme } = ctx;
  const head = 0.3;
  return [
    { type: "rect", x: p.x, y: p.y, w: p.w, h: p.h, fill: theme.colors.background, stroke: { color: theme.colors.danger, width: 1.25, dash: "dash" } },
    ctx.text({ x: p.x + 0.1, y: p.y + 0.06, w: p.w - 0.2, h: head, padding: 0.03, paragraphs: [{ text: p.label }], size: theme.sizes.small, bold: true, color: theme.colors.danger, role: "label" }).primitive,
    ctx.text({ x: p.x + 0.1, y: p.y + 0.06 + head, w: p.w - 0.2, h: p.h - head - 0.12, padding: 0.03, paragraphs: reflow(p.text).map((text, i) => ({ text, spaceBefore: i ? 4 : 0 })), ellipsis: true, field: "account.notes", where: "the internal-note box", role: "body" }).primitive,
  ];
}
