// Plain tables split between rows over pages with the text engine's paginator;
// a table with no rows still gets one page (its header), so the slide exists.
import type { TableRow } from "./types.js";
import { paginateRows } from "./text-kit.js";

/** Pages of rows, each page's rows plus the header fitting `available` inches (a taller row gets a page to itself). */
export function splitByHeight(rows: TableRow[], available: number, headerHeight = 0): TableRow[][] {
  const pages = paginateRows(rows, { rowHeight: (r) => r.h, available: available + headerHeight, headerHeight });
  return pages.length ? pages : [[]];
}
