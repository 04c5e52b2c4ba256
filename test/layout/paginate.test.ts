import { describe, expect, it } from "vitest";
import { continuationTitle, paginateRows } from "../../src/layout/paginate.js";

interface Row { id: number; h: number; group?: string }
const rowHeight = (r: Row) => r.h;
const ids = (pages: Row[][]) => pages.map((p) => p.map((r) => r.id));
const pageHeight = (p: Row[]) => p.reduce((s, r) => s + r.h, 0);

describe("paginateRows", () => {
  it("gives no pages for no rows", () => {
    expect(paginateRows([], { rowHeight, available: 5, headerHeight: 0.4 })).toEqual([]);
  });

  it("splits 30 rows of varying heights, keeping order, each page full", () => {
    const rows: Row[] = Array.from({ length: 30 }, (_, i) => ({ id: i, h: 0.3 + ((i * 7) % 5) * 0.15 }));
    const opts = { rowHeight, available: 4, availableNext: 5, headerHeight: 0.4 };
    const pages = paginateRows(rows, opts);
    expect(pages.flat()).toEqual(rows);
    pages.forEach((page, i) => {
      const cap = (i === 0 ? opts.available : opts.availableNext) - opts.headerHeight;
      expect(pageHeight(page)).toBeLessThanOrEqual(cap + 1e-9);
      const next = pages[i + 1]?.[0];
      if (next) expect(pageHeight(page) + next.h).toBeGreaterThan(cap);
    });
    expect(pages.length).toBeGreaterThan(2);
  });

  it("fits rows that exactly fill the page, counting the header on every page", () => {
    const rows: Row[] = Array.from({ length: 6 }, (_, i) => ({ id: i, h: 0.5 }));
    expect(ids(paginateRows(rows, { rowHeight, available: 1.75, headerHeight: 0.25 }))).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(ids(paginateRows(rows, { rowHeight, available: 1.74, headerHeight: 0.25 }))).toEqual([[0, 1], [2, 3], [4, 5]]);
  });

  it("uses availableNext after the first page", () => {
    const rows: Row[] = Array.from({ length: 7 }, (_, i) => ({ id: i, h: 1 }));
    expect(ids(paginateRows(rows, { rowHeight, available: 1.5, availableNext: 3.5, headerHeight: 0.5 }))).toEqual([[0], [1, 2, 3], [4, 5, 6]]);
  });

  it("puts a giant row alone on its page", () => {
    const rows: Row[] = [{ id: 0, h: 1 }, { id: 1, h: 9 }, { id: 2, h: 1 }];
    expect(ids(paginateRows(rows, { rowHeight, available: 4, headerHeight: 0.5 }))).toEqual([[0], [1], [2]]);
    expect(ids(paginateRows([{ id: 7, h: 9 }], { rowHeight, available: 4, headerHeight: 0.5 }))).toEqual([[7]]);
  });

  it("moves a whole group to the next page when it fits there", () => {
    const rows: Row[] = [
      { id: 0, h: 1, group: "a" }, { id: 1, h: 1, group: "a" },
      { id: 2, h: 1, group: "b" }, { id: 3, h: 1, group: "b" },
    ];
    const opts = { rowHeight, available: 3, headerHeight: 0, groupKey: (r: Row) => r.group! };
    expect(ids(paginateRows(rows, opts))).toEqual([[0, 1], [2, 3]]);
    expect(ids(paginateRows(rows, { ...opts, groupKey: undefined }))).toEqual([[0, 1, 2], [3]]);
  });

  it("splits a group longer than a page, never leaving its first row alone with keepGroupHeader", () => {
    const rows: Row[] = [{ id: 0, h: 2, group: "a" }, ...Array.from({ length: 5 }, (_, i) => ({ id: i + 1, h: 1, group: "b" }))];
    const opts = { rowHeight, available: 3, headerHeight: 0, groupKey: (r: Row) => r.group! };
    expect(ids(paginateRows(rows, opts))).toEqual([[0, 1], [2, 3, 4], [5]]);
    expect(ids(paginateRows(rows, { ...opts, keepGroupHeader: true }))).toEqual([[0], [1, 2, 3], [4, 5]]);
  });
});

describe("continuationTitle", () => {
  it("numbers pages only when there are several", () => {
    expect(continuationTitle("Plan d'actions", 2, 3, "fr")).toBe("Plan d'actions (2/3)");
    expect(continuationTitle("Action plan", 1, 1, "en")).toBe("Action plan");
  });
});
