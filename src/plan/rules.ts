// Cross-field rules a schema cannot express: unique ids, references to existing
// ids (with the closest id suggested), no reporting cycle, a known currency.
// Pure: takes a schema-valid Plan, returns findings located by path.
import type { Finding } from "./diagnostic.js";
import type { Plan } from "./schema.js";
import { closest } from "./suggest.js";
import { reportingCycles } from "./cycles.js";

type Path = Array<string | number>;

function duplicateIds(items: ReadonlyArray<{ id: string }> | undefined, list: string, noun: string): Finding[] {
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  (items ?? []).forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else findings.push({ path: [list, i, "id"], message: `duplicate ${noun} id \`${item.id}\` (already used by ${list}[${first}])` });
  });
  return findings;
}

function unknownRef(path: Path, id: string, known: string[], noun: string): Finding {
  const guess = closest(id, known);
  const hint = guess ? `: did you mean \`${guess}\`?` : known.length ? ` (known: ${known.join(", ")})` : ` (the plan has no ${noun}s)`;
  const finding: Finding = { path, message: `unknown ${noun} \`${id}\`${hint}` };
  if (guess) finding.suggestion = guess;
  return finding;
}

function references(plan: Plan): Finding[] {
  const objectiveIds = (plan.objectives ?? []).map((o) => o.id);
  const personIds = (plan.stakeholders ?? []).map((s) => s.id);
  const findings: Finding[] = [];
  (plan.stakeholders ?? []).forEach((s, i) => {
    if (s.reports_to !== undefined && !personIds.includes(s.reports_to)) findings.push(unknownRef(["stakeholders", i, "reports_to"], s.reports_to, personIds, "stakeholder"));
  });
  (plan.solution ?? []).forEach((s, i) => {
    if (!objectiveIds.includes(s.objective)) findings.push(unknownRef(["solution", i, "objective"], s.objective, objectiveIds, "objective"));
  });
  (plan.actions ?? []).forEach((a, i) => {
    if (a.objective !== undefined && !objectiveIds.includes(a.objective)) findings.push(unknownRef(["actions", i, "objective"], a.objective, objectiveIds, "objective"));
  });
  return findings;
}

function cycles(plan: Plan): Finding[] {
  const people = plan.stakeholders ?? [];
  return reportingCycles(people).map((cycle) => {
    const names = [...cycle, cycle[0]].map((i) => people[i].name).join(" -> ");
    return { path: ["stakeholders", cycle[0], "reports_to"], message: `reporting cycle: ${names}` };
  });
}

function currency(plan: Plan): Finding[] {
  const known = Intl.supportedValuesOf("currency");
  if (known.includes(plan.currency)) return [];
  const guess = closest(plan.currency, known);
  const finding: Finding = { path: ["currency"], message: `unknown ISO 4217 currency \`${plan.currency}\`${guess ? `: did you mean \`${guess}\`?` : ""}` };
  if (guess) finding.suggestion = guess;
  return [finding];
}

function sections(plan: Plan): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  (plan.sections ?? []).forEach((name, i) => {
    if (seen.has(name)) findings.push({ path: ["sections", i], message: `section \`${name}\` is listed twice` });
    seen.add(name);
  });
  return findings;
}

function customTables(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  (plan.custom_sections ?? []).forEach((section, i) => {
    const width = section.table?.columns.length ?? 0;
    section.table?.rows.forEach((row, r) => {
      if (row.length !== width) findings.push({ path: ["custom_sections", i, "table", "rows", r], message: `this row has ${row.length} cells for ${width} columns` });
    });
  });
  return findings;
}

/** All cross-field errors of a schema-valid plan. */
export function checkRules(plan: Plan): Finding[] {
  return [
    ...duplicateIds(plan.objectives, "objectives", "objective"),
    ...duplicateIds(plan.stakeholders, "stakeholders", "stakeholder"),
    ...references(plan),
    ...cycles(plan),
    ...currency(plan),
    ...sections(plan),
    ...customTables(plan),
  ];
}
