// Plain tables split between rows over pages with the text engine's paginator,
// then balanced: the same number of pages, but rows spread evenly, so the last
// page never holds a lone orphan row. A table with no rows still gets one page.
import type { TableRow } from "./types.js";
import { paginateRows } from "./text-kit.js";

/** Pages of rows, each page's rows plus the header fitting `available` inches (a taller row gets a page to itself). */
export function splitByHeight(rows: TableRow[], available: number, headerHeight = 0): TableRow[][] {
  const split = (room: number) => paginateRows(rows, { rowHeight: (r) => r.h, available: room + headerHeight, headerHeight });
  const pages = split(available);
  if (pages.length <= 1) return pages.length ? pages : [[]];
  return balance(pages.length, available, split);
}

/**
 * The smallest room per page (inches) that still gives `count` pages, found by
 * bisection: filling each page only that far spreads the rows evenly.
 */
export function balance<T>(count: number, available: number, split: (room: number) => T[][]): T[][] {
  let lo = 0;
  let hi = available;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (split(mid).length <= count) hi = mid;
    else lo = mid;
  }
  return split(hi);
}
