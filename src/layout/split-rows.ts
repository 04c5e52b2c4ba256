// Splitting measured table rows over pages: greedy, between rows, never inside
// one. Grouped tables (the action plan) use their own variant that repeats the
// group row; plain tables use this.
import type { TableRow } from "./types.js";

/** Pages of rows, each page's rows summing to at most `available` inches (a taller row gets a page to itself). */
export function splitByHeight(rows: TableRow[], available: number): TableRow[][] {
  const pages: TableRow[][] = [];
  let page: TableRow[] = [];
  let used = 0;
  for (const row of rows) {
    if (page.length && used + row.h > available + 1e-9) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += row.h;
  }
  if (page.length || pages.length === 0) pages.push(page);
  return pages;
}
