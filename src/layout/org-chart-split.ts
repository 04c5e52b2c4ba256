// When even the smallest readable boxes cannot hold a wide org chart on one
// slide, split it by branch: several roots are packed greedily side by side;
// a single root is repeated on top of groups of its direct reports (and so on
// down, should one branch alone still be too wide). Pure: `fits` decides.
import { buildForest, type OrgPerson } from "./org-chart.js";

/** Each page lists the ids it shows, in input order; the first page is not a continuation. */
export function splitOrgChart(people: OrgPerson[], fits: (ids: string[]) => boolean): string[][] {
  const { roots, children } = buildForest(people);
  const subtree = (id: string): string[] => [id, ...(children.get(id) ?? []).flatMap(subtree)];
  const order = new Map(people.map((p, i) => [p.id, i]));
  const sorted = (ids: string[]): string[] => [...new Set(ids)].sort((a, b) => order.get(a)! - order.get(b)!);
  const pageOf = (prefix: string[], branches: string[]): string[] => sorted([...prefix, ...branches.flatMap(subtree)]);

  const split = (branches: string[], prefix: string[]): string[][] => {
    if (fits(pageOf(prefix, branches))) return [pageOf(prefix, branches)];
    if (branches.length === 1) {
      const kids = children.get(branches[0]) ?? [];
      // A lone box that does not fit cannot be split further: show it anyway.
      return kids.length ? split(kids, [...prefix, branches[0]]) : [pageOf(prefix, branches)];
    }
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
  return people.length ? split(roots, []) : [];
}
