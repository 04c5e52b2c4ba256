// Continuation pages of even length: once a table needs n pages, the rows are
// spread so the last page is not a lone orphan row under a repeated header.
import type { TableRow } from "./types.js";
import { splitByHeight } from "./split-rows.js";

/** Inches: how finely the page capacity is lowered while it still gives the same page count. */
const STEP = 0.05;

export function balancedPages(rows: TableRow[], available: number): TableRow[][] {
  const pages = splitByHeight(rows, available);
  if (pages.length < 2) return pages;
  let best = pages;
  for (let cap = available - STEP; cap > 0; cap -= STEP) {
    const next = splitByHeight(rows, cap);
    if (next.length !== pages.length) break;
    best = next;
  }
  return best;
}
