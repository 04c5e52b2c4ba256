// SWOT grid: one row per factor, one column per S/W/O/T, as a measured table
// split between rows over continuation slides when the factors do not fit.
import type { SwotGridSlide } from "../deck/types.js";
import type { SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { measureTable, tablePrimitive } from "./table.js";
import { continuationTitle } from "./text-kit.js";
import { splitByHeight } from "./split-rows.js";

export function layoutSwotGrid(slide: SwotGridSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid, theme } = ctx;
  const table = measureTable(ctx, {
    width: grid.body.w,
    columns: slide.columns.map((header, i) => (i === 0 ? { header, min: 1.8, max: 3.0 } : { header, grow: contentWeight(slide.rows, i), min: 1.6 })),
    // The factor is the row's label: bold, so the eye runs down it first.
    rows: slide.rows.map((r) => r.map((text, i) => (i === 0 ? { text, bold: true, color: theme.colors.primary } : text))),
  });
  const pages = splitByHeight(table.rows, grid.body.h - table.header.h);
  return pages.map((rows, i) =>
    framedSlide(ctx, { kind: slide.kind, title: continuationTitle(slide.title, i + 1, pages.length, ctx.info.language), subtitle: slide.subtitle }, [
      tablePrimitive(ctx, { x: grid.body.x, y: grid.body.y, table, rows }),
    ]),
  );
}

/** A column's share of the width follows how much it has to say, so a sparse column does not squeeze a full one. */
function contentWeight(rows: string[][], col: number): number {
  const chars = (c: number) => rows.reduce((s, r) => s + (r[c]?.length ?? 0), 0);
  const most = Math.max(1, ...rows[0]?.map((_, c) => (c === 0 ? 0 : chars(c))) ?? [1]);
  return 0.5 + chars(col) / most;
}
