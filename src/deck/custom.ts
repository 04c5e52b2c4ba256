// A section the user added: bullets and/or a table, numbers formatted for the
// locale and their columns flagged so the layout right-aligns them.
import type { CustomSlide } from "./types.js";
import type { ViewCustomSection } from "../view/types.js";
import type { DeckContext } from "./context.js";

type Cell = string | number;

function isNumeric(cell: Cell): boolean {
  return typeof cell === "number" || /^[-+]?[\d\s\u00a0\u202f.,]*\d[\d\s\u00a0\u202f.,]*\s?(%|€|\$|£|k€|M€)?$/.test(cell.trim());
}

/** A column is numeric when every non-empty cell is a number (blank cells do not count against it). */
export function numericColumns(columns: string[], rows: Cell[][]): boolean[] {
  return columns.map((_, i) => {
    const cells = rows.map((r) => r[i]).filter((c): c is Cell => c !== undefined && c !== "");
    return cells.length > 0 && cells.every(isNumeric);
  });
}

export function composeCustom(ctx: DeckContext, section: ViewCustomSection): CustomSlide {
  const slide: CustomSlide = { kind: "custom", section: "custom", title: section.title, bullets: [...section.bullets] };
  if (section.table) {
    const { columns, rows } = section.table;
    slide.table = {
      columns: [...columns],
      rows: rows.map((r) => columns.map((_, i) => (typeof r[i] === "number" ? ctx.fmt.number(r[i] as number) : String(r[i] ?? "")))),
      numeric: numericColumns(columns, rows),
    };
  }
  return slide;
}
