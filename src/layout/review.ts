// Quarterly review: four panels (successes, obstacles, new opportunities,
// decisions needed). The decisions panel is the visually strongest: filled with
// the primary colour, text in the theme's on-primary colour, because it is what
// the meeting must leave with.
import type { ReviewSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { splitRows } from "./grid.js";
import { layoutListPanel, sharedListSize } from "./list-panel.js";
import { readableOn } from "./color.js";

type PanelKey = ReviewSlide["panels"][number]["key"];
const ORDER: PanelKey[] = ["successes", "obstacles", "opportunities", "decisions"];

export function layoutReview(slide: ReviewSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid, theme } = ctx;
  const rows = splitRows(grid.body.y, grid.body.h, 2, grid.gutter);
  const cols = [grid.col(0, 6), grid.col(6, 6)];
  const boxes = rows.flatMap((r) => cols.map((c) => ({ x: c.x, y: r.y, w: c.w, h: r.h })));
  const panels = ORDER.map((key) => slide.panels.find((p) => p.key === key) ?? { key, heading: key, items: [] });
  // A few short lines read at the subtitle size; longer lists shrink together, so the four panels share one size.
  const size = sharedListSize(ctx, panels.map((p, i) => ({ box: boxes[i], items: p.items })), theme.sizes.subtitle);
  const body: Primitive[] = panels.flatMap((panel, i) => {
    const key = panel.key;
    const strong = key === "decisions";
    const onPrimary = readableOn(theme.colors.primary, [theme.colors.on_primary, "#FFFFFF", theme.colors.text]);
    return layoutListPanel(ctx, {
      box: boxes[i],
      heading: panel.heading,
      items: panel.items,
      field: `followup.review.${key}`,
      fill: strong ? theme.colors.primary : theme.colors.surface,
      headingColor: strong ? onPrimary : theme.colors.primary,
      textColor: strong ? onPrimary : theme.colors.text,
      bulletColor: strong ? onPrimary : theme.colors.accent,
      size,
    }).primitives;
  });
  return [framedSlide(ctx, slide, body)];
}
