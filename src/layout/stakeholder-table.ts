// The stakeholder table (internal decks only): name, title, roles, stance,
// relationship and notes, split between rows over "(2/2)" slides with the
// header repeated. The relationship cell is tinted with its meaning colour and
// carries the word, so the colour is never alone.
import type { StakeholderTableSlide } from "../deck/types.js";
import type { SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { measureTable, tablePrimitive, tableSize, type CellSpec, type ColumnSpec } from "./table.js";
import { continuationTitle } from "./text-kit.js";
import { balancedPages } from "./balance-pages.js";
import { relationshipTint } from "./contrast.js";

/** Column shapes in the deck's order: name, title, roles, stance, relationship, notes (inches). */
const SHAPES: Array<Omit<ColumnSpec, "header">> = [
  { min: 1.4, max: 2.2 },
  { grow: 1, min: 1.6 },
  { grow: 1, min: 1.5 },
  { min: 0.9, max: 1.4 },
  { min: 1.0, max: 1.5 },
  { grow: 1.6, min: 2 },
];
const RELATIONSHIP_COLUMN = 4;
const NOTES_COLUMN = 5;

/** The notes column only when some row has notes: an empty stripe across the table says nothing. */
export function keptColumns(slide: StakeholderTableSlide): number[] {
  const hasNotes = slide.rows.some((r) => (r.cells[NOTES_COLUMN] ?? "").trim() !== "");
  return slide.columns.map((_, i) => i).filter((i) => i !== NOTES_COLUMN || hasNotes);
}

export function layoutStakeholderTable(slide: StakeholderTableSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid, theme } = ctx;
  const kept = keptColumns(slide);
  const columns: ColumnSpec[] = kept.map((i) => ({ header: slide.columns[i], ...(SHAPES[i] ?? { grow: 1 }) }));
  const rows: CellSpec[][] = slide.rows.map((r) =>
    kept.map((i): CellSpec => {
      const text = r.cells[i] ?? "";
      if (i === 0) return { text, bold: true };
      if (i === RELATIONSHIP_COLUMN) return { text, bold: true, fill: relationshipTint(theme, r.relationship), color: theme.colors.text };
      return { text };
    }),
  );
  // Body-size text for a short table, one step smaller (never under the minimum) when that saves a continuation slide.
  const sizes = [...new Set([theme.sizes.body, tableSize(ctx), Math.max(theme.sizes.min, tableSize(ctx) - 1)])];
  const tries = sizes.map((size) => {
    const table = measureTable(ctx, { width: grid.body.w, columns, rows, size });
    return { table, pages: balancedPages(table.rows, grid.body.h - table.header.h) };
  });
  const { table, pages } = tries.reduce((best, t) => (t.pages.length < best.pages.length ? t : best));
  return pages.map((page, i) =>
    framedSlide(ctx, { kind: slide.kind, title: continuationTitle(slide.title, i + 1, pages.length, ctx.info.language), subtitle: slide.subtitle }, [
      tablePrimitive(ctx, { x: grid.body.x, y: grid.body.y, table, rows: page }),
    ]),
  );
}
