// A section the user added: bullets and/or a table. With both, bullets take
// the left third and the table the rest; a table alone takes the body width,
// bullets alone three quarters of it, two points over the subtitle size
// (they are the slide's whole message; a long list still shrinks to fit).
import type { CustomSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { measureTable, tablePrimitive } from "./table.js";
import { continuationTitle } from "./text-kit.js";
import { splitByHeight } from "./split-rows.js";
import { listParagraphs } from "./list-panel.js";
import { withFields } from "./with-fields.js";

export function layoutCustom(slide: CustomSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid } = ctx;
  const both = slide.bullets.length > 0 && slide.table !== undefined;
  // Alone, bullets keep a readable line length (about 90 characters) rather than the full width.
  const bulletSpan = both ? grid.col(0, 4) : grid.col(0, 9);
  const tableSpan = both ? grid.col(4, 8) : grid.col(0, 12);
  const bullets: Primitive[] = slide.bullets.length ? [bulletBox(ctx, slide.bullets, bulletSpan, both ? ctx.theme.sizes.body + 1 : ctx.theme.sizes.subtitle + 2)] : [];
  if (!slide.table) return [framedSlide(ctx, slide, bullets)];
  const t = slide.table;
  const table = measureTable(ctx, {
    width: tableSpan.w,
    columns: t.columns.map((header, i) => (t.numeric[i] ? { header, align: "right" as const, min: 0.9, max: 2.2 } : { header, grow: 1, min: 1.4 })),
    rows: t.rows,
  });
  const pages = splitByHeight(table.rows, grid.body.h - table.header.h);
  return pages.map((rows, i) =>
    framedSlide(ctx, { kind: slide.kind, title: continuationTitle(slide.title, i + 1, pages.length, ctx.info.language), subtitle: slide.subtitle }, [
      ...(i === 0 ? bullets : []),
      tablePrimitive(ctx, { x: tableSpan.x, y: grid.body.y, table, rows }),
    ]),
  );
}

/** `size`: preferred points; the box shrinks to the theme minimum before it cuts. */
function bulletBox(ctx: LayoutContext, items: string[], span: { x: number; w: number }, size: number): Primitive {
  const { grid, theme } = ctx;
  const box = ctx.text(withFields(span, {
    y: grid.body.y,
    h: grid.body.h,
    paragraphs: listParagraphs(items, size),
    size,
    ellipsis: true,
    field: "custom_sections",
    where: "the custom slide",
    role: "body",
  })).primitive;
  for (const p of box.paragraphs) if (p.bullet) p.bullet.color = theme.colors.accent;
  return box;
}
