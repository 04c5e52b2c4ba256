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

export function layoutAccount(slide: AccountSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid } = ctx;
  const left = grid.col(0, 4);
  const right = grid.col(4, 8);
  const body = [...leftColumn(ctx, slide, left), ...rightColumn(ctx, slide, right)];
  return [framedSlide(ctx, slide, body)];
}

function leftColumn(ctx: LayoutContext, slide: AccountSlide, col: { x: number; w: number }): Primitive[] {
  const { theme, grid } = ctx;
  const labels = labelsFor(ctx.info.language).account;
  const bottom = grid.body.y + grid.body.h;
  const out: Primitive[] = [{ type: "rect", x: col.x, y: grid.body.y, w: col.w, h: grid.body.h, fill: theme.colors.surface }];
  const x = col.x + 0.14;
  const w = col.w - 0.28;
  let y = grid.body.y + 0.14;
  for (const fact of slide.facts) {
    const email = fact.link?.startsWith("mailto:") ? fact.link.slice("mailto:".length) : undefined;
    const label = flowText(ctx, { x, y, w, h: 0.3, padding: 0.03, paragraphs: [{ text: fact.label }], size: theme.sizes.small, bold: true, color: theme.colors.muted, role: "label" });
    const value = flowText(ctx, {
      x,
      y: bottomOf(label),
      w,
      h: Math.max(0.3, bottom - bottomOf(label) - 0.14),
      padding: 0.03,
      paragraphs: [{ text: fact.value }, ...(email ? [{ text: email, link: fact.link, color: theme.colors.accent }] : [])],
      maxLinesPerParagraph: 3,
      role: "body",
    });
    out.push(label, value);
    y = bottomOf(value) + 0.1;
  }
  if (slide.buyingProcess && bottom - y > 0.8) {
    const heading = blockHeading(ctx, { x, y: y + 0.06, w, text: labels.buyingProcess });
    const text = flowText(ctx, { x, y: bottomOf(heading), w, h: bottom - 0.14 - bottomOf(heading), padding: 0.03, paragraphs: [{ text: slide.buyingProcess }], field: "account.buying_process", where: "the general-information slide", role: "body" });
    out.push(heading, text);
  } else if (slide.buyingProcess) ctx.warn("account.buying_process", "left out of the general-information slide: no room under the facts");
  return out;
}

function rightColumn(ctx: LayoutContext, slide: AccountSlide, col: { x: number; w: number }): Primitive[] {
  const { theme, grid } = ctx;
  const labels = labelsFor(ctx.info.language).account;
  const bottom = grid.body.y + grid.body.h;
  const out: Primitive[] = [];
  let y = grid.body.y;
  if (slide.market) {
    const market = layoutMarketTable(ctx, { market: slide.market, x: col.x, y, w: col.w });
    out.push(...market.primitives);
    y = market.bottom + BLOCK_GAP;
  }
  // The note takes the bottom of the column, so the news flows between table and note.
  const noteH = slide.internalNote ? 1.15 : 0;
  if (slide.news.length) {
    const heading = blockHeading(ctx, { x: col.x, y, w: col.w, text: labels.news });
    const room = bottom - (noteH ? noteH + BLOCK_GAP : 0) - bottomOf(heading);
    const news = flowText(ctx, { x: col.x, y: bottomOf(heading), w: col.w, h: Math.max(0.3, room), paragraphs: slide.news.map((text, i) => ({ text, bullet: true, spaceBefore: i ? 4 : 0 })), field: "account.news", where: "the general-information slide", role: "body" });
    for (const p of news.paragraphs) if (p.bullet) p.bullet.color = theme.colors.accent;
    out.push(heading, news);
  }
  if (slide.internalNote) out.push(...internalNote(ctx, { x: col.x, y: bottom - noteH, w: col.w, h: noteH, text: slide.internalNote, label: labels.internalNote }));
  return out;
}

function internalNote(ctx: LayoutContext, p: { x: number; y: number; w: number; h: number; text: string; label: string }): Primitive[] {
  const { theme } = ctx;
  const head = 0.3;
  return [
    { type: "rect", x: p.x, y: p.y, w: p.w, h: p.h, fill: theme.colors.background, stroke: { color: theme.colors.danger, width: 1.25, dash: "dash" } },
    ctx.text({ x: p.x + 0.1, y: p.y + 0.06, w: p.w - 0.2, h: head, padding: 0.03, paragraphs: [{ text: p.label }], size: theme.sizes.small, bold: true, color: theme.colors.danger, role: "label" }).primitive,
    ctx.text({ x: p.x + 0.1, y: p.y + 0.06 + head, w: p.w - 0.2, h: p.h - head - 0.12, padding: 0.03, paragraphs: [{ text: p.text }], ellipsis: true, field: "account.notes", where: "the internal-note box", role: "body" }).primitive,
  ];
}
