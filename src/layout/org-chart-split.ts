// When even the smallest readable boxes cannot hold an org chart on one slide,
// split it. Too wide: several roots are packed greedily side by side, a single
// root is repeated on top of groups of its direct reports. Too deep: the top
// levels go on the first slide and each cut-off team continues on its own
// slide under its manager. Pure: `fits` decides.
import { buildForest, type OrgPerson } from "./org-chart.js";

/** Each page lists the ids it shows, in input order. */
export function splitOrgChart(people: OrgPerson[], fits: (ids: string[]) => boolean): string[][] {
  const { roots, children } = buildForest(people);
  const kidsOf = (id: string): string[] => children.get(id) ?? [];
  /** The subtree of `id` down to `depth` levels (1 = the person alone). */
  const subtree = (id: string, depth = Infinity): string[] => (depth <= 1 ? [id] : [id, ...kidsOf(id).flatMap((k) => subtree(k, depth - 1))]);
  const height = (id: string): number => 1 + Math.max(0, ...kidsOf(id).map(height));
  const order = new Map(people.map((p, i) => [p.id, i]));
  const sorted = (ids: string[]): string[] => [...new Set(ids)].sort((a, b) => order.get(a)! - order.get(b)!);
  const pageOf = (prefix: string[], branches: string[]): string[] => sorted([...prefix, ...branches.flatMap((b) => subtree(b))]);

  const split = (branches: string[], prefix: string[]): string[][] => {
    if (fits(pageOf(prefix, branches))) return [pageOf(prefix, branches)];
    if (branches.length === 1) return splitBranch(branches[0], prefix);
    const pages: string[][] = [];
    let chunk: string[] = [];
    for (const b of branches) {
      if (fits(pageOf(prefix, [...chunk, b]))) {
        chunk.push(b);
        continue;
      }
      if (chunk.length) pages.push(pageOf(prefix, chunk));
      chunk = [];
      if (fits(pageOf(prefix, [b]))) chunk = [b];
      else pages.push(...split([b], prefix));
    }
    if (chunk.length) pages.push(pageOf(prefix, chunk));
    return pages;
  };

  const splitBranch = (b: string, prefix: string[]): string[][] => {
    const kids = kidsOf(b);
    // A lone box that does not fit cannot be split further: show it anyway.
    if (!kids.length) return [pageOf(prefix, [b])];
    const byWidth = (): string[][] => split(kids, [...prefix, b]);
    if (kids.every((k) => fits(pageOf([...prefix, b], [k])))) return byWidth();
    // Too deep: keep the top levels that fit, continue every cut-off team under its manager.
    for (let depth = height(b) - 1; depth >= 2; depth--) {
      const top = sorted([...prefix, ...subtree(b, depth)]);
      if (!fits(top)) continue;
      const lowest = subtree(b, depth).filter((id) => !subtree(b, depth - 1).includes(id));
      const cut = lowest.filter((m) => kidsOf(m).length > 0);
      return [top, ...cut.flatMap((m) => split(kidsOf(m), [m]))];
    }
    return byWidth();
  };

  return people.length ? split(roots, []) : [];
}
