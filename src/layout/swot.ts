// SWOT: a 2x2 of equal quadrants with the headings in fixed places (strengths
// top left, weaknesses top right, opportunities bottom left, threats bottom
// right). Lists shrink to the minimum size; only a list that still does not fit
// sends the overflow to a continuation slide "SWOT (2/2)".
import type { SwotSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { splitRows, type Box } from "./grid.js";
import { layoutListPanel, listBox, listParagraphs, sharedListSize } from "./list-panel.js";
import { readableOn, wash } from "./color.js";
import { continuationTitle } from "./text-kit.js";
import { withFields } from "./with-fields.js";

type QuadrantKey = SwotSlide["quadrants"][number]["key"];
const ORDER: QuadrantKey[] = ["strengths", "weaknesses", "opportunities", "threats"];
/** Design brief: at most about six bullets per box before a continuation slide. */
const MAX_ITEMS_PER_BOX = 6;

export function quadrantBoxes(ctx: LayoutContext): Box[] {
  const { grid } = ctx;
  const rows = splitRows(grid.body.y, grid.body.h, 2, grid.gutter);
  const cols = [grid.col(0, 6), grid.col(6, 6)];
  return rows.flatMap((r) => cols.map((c) => ({ x: c.x, y: r.y, w: c.w, h: r.h })));
}

export function layoutSwot(slide: SwotSlide, ctx: LayoutContext): SlideLayout[] {
  const boxes = quadrantBoxes(ctx);
  const quadrants = ORDER.map((key) => slide.quadrants.find((q) => q.key === key) ?? { key, heading: key, items: [] });
  const chunks = quadrants.map((q, i) => chunkItems(ctx, q.items, boxes[i]));
  const pages = Math.max(1, ...chunks.map((c) => c.length));
  // Short factors read at the subtitle size; every quadrant of every page shares one size.
  const size = sharedListSize(ctx, chunks.flatMap((c, i) => c.map((list) => ({ box: boxes[i], items: list }))), ctx.theme.sizes.subtitle);
  return Array.from({ length: pages }, (_, page) => {
    const items = chunks.map((c) => c[page] ?? []);
    const body: Primitive[] = quadrants.flatMap((q, i) => quadrantPrimitives(ctx, { key: q.key, heading: q.heading, items: items[i], box: boxes[i], size }));
    const title = pages > 1 ? continuationTitle(slide.title, page + 1, pages, ctx.info.language) : slide.title;
    return framedSlide(ctx, { kind: slide.kind, title, subtitle: slide.subtitle }, body);
  });
}

/** Splits a list into the fewest chunks that each fit a quadrant at the minimum size (never more than six items). */
function chunkItems(ctx: LayoutContext, items: string[], box: Box): string[][] {
  const area = listBox(box);
  const fits = (list: string[]): boolean =>
    ctx.text(withFields(area, { paragraphs: listParagraphs(list, ctx.theme.sizes.min), size: ctx.theme.sizes.min })).result.fits;
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const item of items) {
    const next = [...current, item];
    if (current.length && (next.length > MAX_ITEMS_PER_BOX || !fits(next))) {
      chunks.push(current);
      current = [item];
    } else current = next;
  }
  if (current.length) chunks.push(current);
  return chunks.length ? chunks : [[]];
}

function quadrantPrimitives(ctx: LayoutContext, q: { key: QuadrantKey; heading: string; items: string[]; box: Box; size: number }): Primitive[] {
  const { colors } = ctx.theme;
  // Helpful factors (S, O) take the accent, harmful ones (W, T) the primary: washed chips, text that reads on them.
  const hue = q.key === "strengths" || q.key === "opportunities" ? colors.accent : colors.primary;
  const chip = wash(hue, colors.background, 0.8);
  return layoutListPanel(ctx, {
    box: q.box,
    heading: q.heading,
    items: q.items,
    field: `swot.${q.key}`,
    chip,
    headingColor: readableOn(chip, [colors.text, colors.primary, colors.background]),
    textColor: colors.text,
    bulletColor: hue,
    emptyText: "—",
    size: q.size,
  }).primitives;
}
