// Tidy-tree placement for the stakeholder map (Reingold–Tilford style, with
// contours instead of threads: the charts hold tens of people, not thousands).
// Pure geometry: people with parent ids in, equal boxes and orthogonal
// connectors out. Parents sit centred over their children, levels share one
// y, and a subtree is pushed right until it clears every level of its left
// siblings, so boxes never overlap and connectors never cross.

export interface OrgPerson {
  id: string;
  /** Id of the person this one reports to; unknown ids make a root. */
  parent?: string;
}

export interface OrgChartOptions {
  /** Box width and height (inches); every box is the same size. */
  boxW: number;
  boxH: number;
  /** Horizontal gap between neighbouring boxes (inches). */
  gapX: number;
  /** Vertical gap between levels (inches); the connector bus runs at its middle. */
  gapY: number;
  /** Extra horizontal gap between separate trees (inches); defaults to gapX. */
  treeGap?: number;
}

export interface PlacedBox {
  id: string;
  /** Top-left corner and size (inches), relative to the chart's top-left. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** 0 for roots. */
  level: number;
}

export interface Point {
  /** Inches. */
  x: number;
  y: number;
}

export interface OrgConnector {
  parent: string;
  child: string;
  /** Orthogonal polyline (inches): parent bottom-centre, bus, child top-centre. */
  points: Point[];
}

export interface OrgChart {
  boxes: PlacedBox[];
  connectors: OrgConnector[];
  /** Extent of the chart (inches). */
  width: number;
  height: number;
  levels: number;
}

/** Per relative depth: leftmost box left edge and rightmost box right edge (inches). */
interface Subtree {
  /** x of each box's left edge relative to the subtree root's left edge (inches), and depth. */
  rel: Map<string, { x: number; depth: number }>;
  left: number[];
  right: number[];
}

export function placeOrgChart(people: OrgPerson[], opts: OrgChartOptions): OrgChart {
  const { roots, children } = buildForest(people);
  const forest = placeSiblings(roots, children, opts, opts.treeGap ?? opts.gapX);
  const minX = Math.min(...forest.left);
  const boxes: PlacedBox[] = [];
  for (const p of people) {
    const r = forest.rel.get(p.id);
    if (!r) continue;
    boxes.push({ id: p.id, x: r.x - minX, y: r.depth * (opts.boxH + opts.gapY), w: opts.boxW, h: opts.boxH, level: r.depth });
  }
  const levels = forest.left.length;
  return {
    boxes,
    connectors: connect(boxes, children, opts),
    width: boxes.length ? Math.max(...forest.right) - minX : 0,
    height: levels ? levels * opts.boxH + (levels - 1) * opts.gapY : 0,
    levels,
  };
}

/** What a chart's extent depends on besides the box size: its number of levels and of boxes on each. */
export interface ChartShape {
  levels: number;
  /** Boxes on each level, roots first. */
  perLevel: number[];
}

export function chartShape(people: OrgPerson[]): ChartShape {
  const { roots, children } = buildForest(people);
  const perLevel: number[] = [];
  const visit = (id: string, depth: number): void => {
    perLevel[depth] = (perLevel[depth] ?? 0) + 1;
    for (const c of children.get(id) ?? []) visit(c, depth + 1);
  };
  for (const r of roots) visit(r, 0);
  return { levels: perLevel.length, perLevel };
}

/**
 * Inches: what placeOrgChart's width and height will at least be. Boxes of a
 * level never come closer than gapX, so the fullest level sets a floor on the
 * width; the height is exact. Lets a caller skip a placement that cannot fit.
 */
export function chartExtentFloor(shape: ChartShape, opts: OrgChartOptions): { width: number; height: number } {
  const width = Math.max(0, ...shape.perLevel.map((n) => n * opts.boxW + (n - 1) * opts.gapX));
  const { levels } = shape;
  return { width, height: levels ? levels * opts.boxH + (levels - 1) * opts.gapY : 0 };
}

/** Children lists in input order; a visited set guards against cycles the loader should already reject. */
export function buildForest(people: OrgPerson[]): { roots: string[]; children: Map<string, string[]> } {
  const ids = new Set(people.map((p) => p.id));
  const children = new Map<string, string[]>(people.map((p) => [p.id, []]));
  const roots: string[] = [];
  for (const p of people) {
    if (p.parent !== undefined && ids.has(p.parent) && p.parent !== p.id) children.get(p.parent)!.push(p.id);
    else roots.push(p.id);
  }
  const visited = new Set<string>();
  const visit = (id: string): void => {
    visited.add(id);
    children.set(id, children.get(id)!.filter((c) => !visited.has(c)));
    for (const c of children.get(id)!) visit(c);
  };
  roots.forEach(visit);
  // Anyone left unvisited sits on a cycle: break it by promoting them to a root.
  for (const p of people) {
    if (visited.has(p.id)) continue;
    roots.push(p.id);
    for (const list of children.values()) {
      const i = list.indexOf(p.id);
      if (i >= 0) list.splice(i, 1);
    }
    visit(p.id);
  }
  return { roots, children };
}

function placeSubtree(id: string, children: Map<string, string[]>, opts: OrgChartOptions): Subtree {
  const kids = children.get(id) ?? [];
  if (kids.length === 0) return { rel: new Map([[id, { x: 0, depth: 0 }]]), left: [0], right: [opts.boxW] };
  const row = placeSiblings(kids, children, opts, opts.gapX);
  const first = row.rel.get(kids[0])!.x;
  const last = row.rel.get(kids[kids.length - 1])!.x;
  const centre = (first + last) / 2;
  const rel = new Map<string, { x: number; depth: number }>([[id, { x: 0, depth: 0 }]]);
  for (const [k, v] of row.rel) rel.set(k, { x: v.x - centre, depth: v.depth + 1 });
  return {
    rel,
    left: [0, ...row.left.map((l) => l - centre)],
    right: [opts.boxW, ...row.right.map((r) => r - centre)],
  };
}

/** Places sibling subtrees left to right, each pushed just far enough to clear the ones before it at every depth. */
function placeSiblings(ids: string[], children: Map<string, string[]>, opts: OrgChartOptions, gap: number): Subtree {
  const acc: Subtree = { rel: new Map(), left: [], right: [] };
  for (const id of ids) {
    const sub = placeSubtree(id, children, opts);
    let shift = acc.rel.size === 0 ? 0 : -Infinity;
    for (let d = 0; d < Math.min(acc.right.length, sub.left.length); d++) {
      shift = Math.max(shift, acc.right[d] + gap - sub.left[d]);
    }
    for (const [k, v] of sub.rel) acc.rel.set(k, { x: v.x + shift, depth: v.depth });
    sub.left.forEach((l, d) => {
      acc.left[d] = d < acc.left.length && acc.left[d] !== undefined ? Math.min(acc.left[d], l + shift) : l + shift;
      acc.right[d] = d < acc.right.length && acc.right[d] !== undefined ? Math.max(acc.right[d], sub.right[d] + shift) : sub.right[d] + shift;
    });
  }
  return acc;
}

function connect(boxes: PlacedBox[], children: Map<string, string[]>, opts: OrgChartOptions): OrgConnector[] {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const out: OrgConnector[] = [];
  for (const parent of boxes) {
    for (const childId of children.get(parent.id) ?? []) {
      const child = byId.get(childId);
      if (!child) continue;
      const px = parent.x + parent.w / 2;
      const cx = child.x + child.w / 2;
      const top = parent.y + parent.h;
      const bus = top + opts.gapY / 2;
      const points = Math.abs(px - cx) < 1e-9
        ? [{ x: px, y: top }, { x: cx, y: child.y }]
        : [{ x: px, y: top }, { x: px, y: bus }, { x: cx, y: bus }, { x: cx, y: child.y }];
      out.push({ parent: parent.id, child: childId, points });
    }
  }
  return out;
}
