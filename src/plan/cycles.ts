// Reporting cycles in the stakeholder map (A reports to B reports to A): the org
// chart cannot be drawn from them, so each one is an error naming its people.

/** Each cycle once, as stakeholder indices in reporting order, starting from its first listed member. */
export function reportingCycles(people: ReadonlyArray<{ id: string; reports_to?: string }>): number[][] {
  const index = new Map<string, number>();
  people.forEach((p, i) => {
    if (!index.has(p.id)) index.set(p.id, i);
  });
  const state = new Array<"new" | "walking" | "done">(people.length).fill("new");
  const cycles: number[][] = [];
  for (let start = 0; start < people.length; start++) {
    const trail: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && state[i] === "new") {
      state[i] = "walking";
      trail.push(i);
      const boss: string | undefined = people[i].reports_to;
      i = boss === undefined ? undefined : index.get(boss);
    }
    if (i !== undefined && state[i] === "walking") {
      const cycle = trail.slice(trail.indexOf(i));
      const first = Math.min(...cycle);
      const k = cycle.indexOf(first);
      cycles.push([...cycle.slice(k), ...cycle.slice(0, k)]);
    }
    for (const t of trail) state[t] = "done";
  }
  return cycles;
}
