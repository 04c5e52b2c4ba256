// Cross-field rules a schema cannot express: unique ids, references to existing
// ids (with the closest id suggested), no reporting cycle, a known currency.
// Pure, and defensive: it reads the plan as loosely typed data, so it also runs
// on a plan that failed the schema, and a file's errors all come in one pass.
import type { Finding } from "./diagnostic.js";
import { closest } from "./suggest.js";
import { reportingCycles } from "./cycles.js";
import { entries, list, record, text } from "./loose.js";

type Path = Array<string | number>;

function duplicateIds(plan: unknown, key: "objectives" | "stakeholders", noun: string): Finding[] {
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  entries(record(plan)?.[key]).forEach((item, i) => {
    const id = text(item?.id);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else findings.push({ path: [key, i, "id"], message: `duplicate ${noun} id \`${id}\` (already used by ${key}[${first}])` });
  });
  return findings;
}

function ids(plan: unknown, key: "objectives" | "stakeholders"): string[] {
  return [...new Set(entries(record(plan)?.[key]).flatMap((item) => text(item?.id) ?? []))];
}

function unknownRef(path: Path, id: string, known: string[], noun: string): Finding {
  const guess = closest(id, known);
  const hint = guess ? `: did you mean \`${guess}\`?` : known.length ? ` (known: ${known.join(", ")})` : ` (the plan has no ${noun}s)`;
  const finding: Finding = { path, message: `unknown ${noun} \`${id}\`${hint}` };
  if (guess) finding.suggestion = guess;
  return finding;
}

/** `list[i].field` must name one of `known`. */
function refsIn(plan: unknown, key: string, field: string, known: string[], noun: string): Finding[] {
  return entries(record(plan)?.[key]).flatMap((item, i) => {
    const ref = text(item?.[field]);
    return ref !== undefined && !known.includes(ref) ? [unknownRef([key, i, field], ref, known, noun)] : [];
  });
}

function references(plan: unknown): Finding[] {
  const objectives = ids(plan, "objectives");
  return [
    ...refsIn(plan, "stakeholders", "reports_to", ids(plan, "stakeholders"), "stakeholder"),
    ...refsIn(plan, "solution", "objective", objectives, "objective"),
    ...refsIn(plan, "actions", "objective", objectives, "objective"),
  ];
}

function cycles(plan: unknown): Finding[] {
  const people = entries(record(plan)?.stakeholders).map((p) => ({ id: text(p?.id) ?? "", reports_to: text(p?.reports_to), name: text(p?.name) ?? text(p?.id) ?? "?" }));
  return reportingCycles(people).map((cycle) => {
    const names = [...cycle, cycle[0]].map((i) => people[i].name).join(" -> ");
    return { path: ["stakeholders", cycle[0], "reports_to"], message: `reporting cycle: ${names}` };
  });
}

// The list is the same for the whole process; asking Intl builds a new array each time.
let currencies: string[] | undefined;
const knownCurrencies = (): string[] => (currencies ??= Intl.supportedValuesOf("currency"));

function currency(plan: unknown): Finding[] {
  const code = text(record(plan)?.currency);
  // A malformed code is the schema's to report; here only well-formed but unknown ones.
  if (code === undefined || !/^[A-Z]{3}$/.test(code)) return [];
  const known = knownCurrencies();
  if (known.includes(code)) return [];
  const guess = closest(code, known);
  const finding: Finding = { path: ["currency"], message: `unknown ISO 4217 currency \`${code}\`${guess ? `: did you mean \`${guess}\`?` : ""}` };
  if (guess) finding.suggestion = guess;
  return [finding];
}

function sections(plan: unknown): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  list(record(plan)?.sections).forEach((name, i) => {
    if (typeof name !== "string") return;
    if (seen.has(name)) findings.push({ path: ["sections", i], message: `section \`${name}\` is listed twice` });
    seen.add(name);
  });
  return findings;
}

function customTables(plan: unknown): Finding[] {
  const findings: Finding[] = [];
  entries(record(plan)?.custom_sections).forEach((section, i) => {
    const table = record(section?.table);
    const width = list(table?.columns).length;
    list(table?.rows).forEach((row, r) => {
      if (Array.isArray(row) && row.length !== width) findings.push({ path: ["custom_sections", i, "table", "rows", r], message: `this row has ${row.length} cells for ${width} columns` });
    });
  });
  return findings;
}

/** All cross-field errors of a plan (valid or not). */
export function checkRules(plan: unknown): Finding[] {
  return [
    ...duplicateIds(plan, "objectives", "objective"),
    ...duplicateIds(plan, "stakeholders", "stakeholder"),
    ...references(plan),
    ...cycles(plan),
    ...currency(plan),
    ...sections(plan),
    ...customTables(plan),
  ];
}
