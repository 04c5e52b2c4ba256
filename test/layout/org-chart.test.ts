import { describe, expect, it } from "vitest";
import { placeOrgChart, type OrgChart, type OrgPerson, type PlacedBox } from "../../src/layout/org-chart.js";
import { splitOrgChart } from "../../src/layout/org-chart-split.js";

const opts = { boxW: 2, boxH: 1, gapX: 0.25, gapY: 0.5 };
const eps = 1e-9;

function overlaps(a: PlacedBox, b: PlacedBox): boolean {
  return a.x < b.x + b.w - eps && b.x < a.x + a.w - eps && a.y < b.y + b.h - eps && b.y < a.y + a.h - eps;
}

function assertTidy(chart: OrgChart, people: OrgPerson[], gapX = opts.gapX): void {
  const byId = new Map(chart.boxes.map((b) => [b.id, b]));
  expect(chart.boxes).toHaveLength(people.length);
  for (const [i, a] of chart.boxes.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(-eps);
    expect(a.x + a.w).toBeLessThanOrEqual(chart.width + eps);
    for (const b of chart.boxes.slice(i + 1)) {
      expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
      if (a.level === b.level) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(a.w + gapX - 1e-6);
    }
  }
  for (const c of chart.connectors) {
    const p = byId.get(c.parent)!;
    const k = byId.get(c.child)!;
    const first = c.points[0];
    const last = c.points[c.points.length - 1];
    expect(first.y).toBeCloseTo(p.y + p.h, 9);
    expect(first.x).toBeCloseTo(p.x + p.w / 2, 9);
    expect(last.y).toBeCloseTo(k.y, 9);
    expect(last.x).toBeCloseTo(k.x + k.w / 2, 9);
    for (let i = 1; i < c.points.length; i++) {
      const horizontal = Math.abs(c.points[i].y - c.points[i - 1].y) < eps;
      const vertical = Math.abs(c.points[i].x - c.points[i - 1].x) < eps;
      expect(horizontal || vertical, "orthogonal segment").toBe(true);
    }
  }
  expect(chart.connectors).toHaveLength(people.filter((p) => p.parent && byId.has(p.parent)).length);
}

/** Horizontal bus segments of different parents at the same height never share x. */
function assertNoCrossing(chart: OrgChart): void {
  const buses = chart.connectors.map((c) => ({
    parent: c.parent,
    y: c.points[1]?.y ?? c.points[0].y,
    lo: Math.min(...c.points.map((p) => p.x)),
    hi: Math.max(...c.points.map((p) => p.x)),
  }));
  for (const a of buses) {
    for (const b of buses) {
      if (a.parent === b.parent || Math.abs(a.y - b.y) > eps) continue;
      expect(a.hi < b.lo || b.hi < a.lo, `${a.parent} and ${b.parent} buses cross`).toBe(true);
    }
  }
}

const thirteen: OrgPerson[] = [
  { id: "ceo" },
  { id: "cfo", parent: "ceo" },
  { id: "cpo", parent: "ceo" },
  { id: "cmo", parent: "ceo" },
  { id: "coo", parent: "ceo" },
  { id: "ctl", parent: "cfo" },
  { id: "buy1", parent: "cpo" },
  { id: "buy2", parent: "cpo" },
  { id: "buy3", parent: "cpo" },
  { id: "brand", parent: "cmo" },
  { id: "digital", parent: "cmo" },
  { id: "supply", parent: "coo" },
  { id: "stores", parent: "coo" },
];

describe("placeOrgChart", () => {
  it("centres a parent over its two children, one level below", () => {
    const chart = placeOrgChart([{ id: "a" }, { id: "b", parent: "a" }, { id: "c", parent: "a" }], opts);
    const [a, b, c] = chart.boxes;
    expect(b.x).toBe(0);
    expect(c.x).toBeCloseTo(2.25, 9);
    expect(a.x + a.w / 2).toBeCloseTo((b.x + c.x + b.w) / 2 + 0, 9);
    expect(a.y).toBe(0);
    expect(b.y).toBeCloseTo(1.5, 9);
    expect(chart.width).toBeCloseTo(4.25, 9);
    expect(chart.height).toBeCloseTo(2.5, 9);
    expect(chart.levels).toBe(2);
  });

  it("keeps siblings in input order, left to right", () => {
    const people = [{ id: "r" }, { id: "z", parent: "r" }, { id: "a", parent: "r" }, { id: "m", parent: "r" }];
    const chart = placeOrgChart(people, opts);
    const xs = ["z", "a", "m"].map((id) => chart.boxes.find((b) => b.id === id)!.x);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    expect(new Set(xs).size).toBe(3);
  });

  it("draws one straight connector when the only child sits under its parent", () => {
    const chart = placeOrgChart([{ id: "a" }, { id: "b", parent: "a" }], opts);
    expect(chart.connectors[0].points).toEqual([{ x: 1, y: 1 }, { x: 1, y: 1.5 }]);
  });

  it("sets several roots side by side on the same level", () => {
    const people = [{ id: "a" }, { id: "a1", parent: "a" }, { id: "b" }, { id: "b1", parent: "b" }, { id: "b2", parent: "b" }];
    const chart = placeOrgChart(people, { ...opts, treeGap: 0.6 });
    const a = chart.boxes.find((x) => x.id === "a")!;
    const b = chart.boxes.find((x) => x.id === "b")!;
    expect(a.y).toBe(b.y);
    expect(b.x).toBeGreaterThan(a.x + a.w);
    assertTidy(chart, people);
    assertNoCrossing(chart);
  });

  it("lays out 13 people on 3 levels without overlap or crossing", () => {
    const chart = placeOrgChart(thirteen, opts);
    assertTidy(chart, thirteen);
    assertNoCrossing(chart);
    expect(chart.levels).toBe(3);
    const levelYs = new Map<number, Set<number>>();
    for (const b of chart.boxes) levelYs.set(b.level, (levelYs.get(b.level) ?? new Set()).add(b.y));
    for (const ys of levelYs.values()) expect(ys.size).toBe(1);
    // Parent centred over first and last child.
    const cpo = chart.boxes.find((b) => b.id === "cpo")!;
    const buy1 = chart.boxes.find((b) => b.id === "buy1")!;
    const buy3 = chart.boxes.find((b) => b.id === "buy3")!;
    expect(cpo.x).toBeCloseTo((buy1.x + buy3.x) / 2, 9);
  });

  it("pulls a subtree in under a wide neighbour only as far as every level allows", () => {
    // Deep left branch, shallow right one: the right one must clear level 2 too.
    const people = [
      { id: "r" }, { id: "l", parent: "r" }, { id: "m", parent: "r" },
      { id: "l1", parent: "l" }, { id: "l2", parent: "l" }, { id: "l3", parent: "l" },
      { id: "m1", parent: "m" },
    ];
    const chart = placeOrgChart(people, opts);
    assertTidy(chart, people);
    assertNoCrossing(chart);
  });

  it("survives a cycle the loader should have refused", () => {
    const people = [{ id: "a", parent: "b" }, { id: "b", parent: "a" }, { id: "c" }];
    const chart = placeOrgChart(people, opts);
    expect(chart.boxes).toHaveLength(3);
  });

  it("places random forests without overlap", () => {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 1; n < 40; n++) {
      const people: OrgPerson[] = Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        parent: i > 0 && rand() > 0.15 ? `p${Math.floor(rand() * i)}` : undefined,
      }));
      const chart = placeOrgChart(people, opts);
      assertTidy(chart, people);
      assertNoCrossing(chart);
    }
  });
});

describe("splitOrgChart", () => {
  const wide: OrgPerson[] = [{ id: "ceo" }];
  for (let d = 0; d < 5; d++) {
    wide.push({ id: `d${d}`, parent: "ceo" });
    for (let k = 0; k < 5; k++) wide.push({ id: `d${d}k${k}`, parent: `d${d}` });
  }

  it("keeps a chart that fits on one page", () => {
    expect(splitOrgChart(thirteen, () => true)).toEqual([thirteen.map((p) => p.id)]);
  });

  it("splits a 31-person single-root chart by second-level branch, root repeated", () => {
    const maxWidth = 12.3;
    const fits = (ids: string[]): boolean =>
      placeOrgChart(wide.filter((p) => ids.includes(p.id)), opts).width <= maxWidth;
    expect(fits(wide.map((p) => p.id))).toBe(false);
    const pages = splitOrgChart(wide, fits);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page[0]).toBe("ceo");
      expect(fits(page)).toBe(true);
    }
    const shown = new Set(pages.flat());
    expect(shown.size).toBe(wide.length);
  });

  it("packs several roots greedily", () => {
    const roots = ["a", "b", "c"].flatMap((r) => [{ id: r }, { id: `${r}1`, parent: r }, { id: `${r}2`, parent: r }]);
    const pages = splitOrgChart(roots, (ids) => ids.length <= 6);
    expect(pages).toEqual([["a", "a1", "a2", "b", "b1", "b2"], ["c", "c1", "c2"]]);
  });

  it("splits a chart too deep for one slide: top levels first, each cut-off team under its manager", () => {
    const deep: OrgPerson[] = [{ id: "l0" }];
    for (let d = 1; d < 7; d++) deep.push({ id: `l${d}`, parent: `l${d - 1}` });
    deep.push({ id: "l2b", parent: "l1" }, { id: "l4b", parent: "l3" });
    const fits = (ids: string[]): boolean => placeOrgChart(deep.filter((p) => ids.includes(p.id)), opts).levels <= 3;
    const pages = splitOrgChart(deep, fits);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain("l0");
    for (const page of pages) expect(fits(page), page.join(",")).toBe(true);
    expect(new Set(pages.flat()).size).toBe(deep.length);
    // Every continuation page starts from a manager shown on an earlier page.
    for (const [i, page] of pages.entries()) {
      if (i === 0) continue;
      expect(pages.slice(0, i).some((prev) => prev.includes(page[0]))).toBe(true);
    }
  });
});
