// Splits table rows over continuation slides: between rows, never inside one,
// the repeated header counted on every page.

export interface PaginateOptions<T> {
  /** Inches: the row's measured height. */
  rowHeight: (row: T) => number;
  /** Inches available for the table (header included) on the first page. */
  available: number;
  /** Inches available on continuation pages; default `available`. */
  availableNext?: number;
  /** Inches: the header row, repeated on every page. */
  headerHeight: number;
  /** Rows with the same key form a group, kept on one page whenever it fits on a page. */
  groupKey?: (row: T) => string;
  /** With groupKey: a group too long for one page still never leaves its first row alone at a page's foot. */
  keepGroupHeader?: boolean;
}

// Float noise only: rows that exactly fill a page fit.
const EPS = 1e-9;

/** Pages of rows; empty input gives no pages. A row taller than a page goes alone on its page. */
export function paginateRows<T>(rows: readonly T[], opts: PaginateOptions<T>): T[][] {
  const heights = rows.map(opts.rowHeight);
  const keys = opts.groupKey ? rows.map(opts.groupKey) : undefined;
  const nextCapacity = (opts.availableNext ?? opts.available) - opts.headerHeight;
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  rows.forEach((row, i) => {
    const capacity = (pages.length === 0 ? opts.available : nextCapacity + opts.headerHeight) - opts.headerHeight;
    const need = keys ? groupNeed(i, heights, keys, nextCapacity, opts.keepGroupHeader === true) : heights[i];
    if (page.length > 0 && used + need > capacity + EPS) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += heights[i];
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Inches that must fit below the rows already placed for row i to go on this page. */
function groupNeed(i: number, heights: number[], keys: string[], pageCapacity: number, keepHeader: boolean): number {
  if (i > 0 && keys[i] === keys[i - 1]) return heights[i];
  let end = i + 1;
  while (end < keys.length && keys[end] === keys[i]) end++;
  const group = heights.slice(i, end).reduce((a, b) => a + b, 0);
  if (group <= pageCapacity + EPS) return group;
  return keepHeader && end - i > 1 ? heights[i] + heights[i + 1] : heights[i];
}

/** "Plan d'actions (2/3)": the title of page `index` (1-based) of `total`; unchanged when total is 1. */
export function continuationTitle(title: string, index: number, total: number, _lang?: string): string {
  // Same form in French and English; `lang` is kept for languages that need another.
  return total > 1 ? `${title} (${index}/${total})` : title;
}
