// Method warnings: what the key-account-plan method asks for but a valid plan may
// still lack (a stakeholder map of 5 to 10 people, a champion, KPIs with a
// baseline, actions on time, a plan validated by the client). Warnings never
// stop a build; each names the field to look at.
import type { Finding } from "./diagnostic.js";
import type { Plan } from "./schema.js";
import { periodEnd } from "./dates.js";

function stakeholderMap(plan: Plan): Finding[] {
  const people = plan.stakeholders ?? [];
  if (people.length === 0) return [{ path: [], message: "no stakeholder map: the method advises mapping 5 to 10 people" }];
  const findings: Finding[] = [];
  if (people.length < 5) findings.push({ path: ["stakeholders"], message: `only ${people.length} stakeholder(s): the method advises 5 to 10`, atKey: true });
  if (people.length > 10) findings.push({ path: ["stakeholders"], message: `${people.length} stakeholders: the method advises 5 to 10; keep the map readable`, atKey: true });
  if (!people.some((p) => p.stance === "champion")) findings.push({ path: ["stakeholders"], message: "no champion identified (stance: champion)", atKey: true });
  if (!people.some((p) => p.roles.includes("decision_maker"))) findings.push({ path: ["stakeholders"], message: "no decision maker identified (roles: decision_maker)", atKey: true });
  if (!people.some((p) => p.roles.includes("budget_holder"))) findings.push({ path: ["stakeholders"], message: "no budget holder identified (roles: budget_holder)", atKey: true });
  return findings;
}

function objectives(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  (plan.objectives ?? []).forEach((o, i) => {
    if (!o.kpis || o.kpis.length === 0) findings.push({ path: ["objectives", i, "id"], message: `objective \`${o.id}\` has no KPI: how will progress be measured?` });
    (o.kpis ?? []).forEach((k, j) => {
      if (k.baseline === undefined) findings.push({ path: ["objectives", i, "kpis", j, "name"], message: `KPI \`${k.name}\` has no baseline` });
    });
  });
  return findings;
}

/** Whether an action is still open after its due date, relative to the end of the reviewed quarter. */
export function isOverdue(action: { due: string; status?: string }, period: string): boolean {
  const open = action.status !== "done" && action.status !== "cancelled";
  return open && action.due < periodEnd(period);
}

function overdueActions(plan: Plan): Finding[] {
  const end = periodEnd(plan.period);
  const findings: Finding[] = [];
  (plan.actions ?? []).forEach((a, i) => {
    if (isOverdue(a, plan.period)) findings.push({ path: ["actions", i, "due"], message: `overdue: due ${a.due}, before the end of ${plan.period} (${end}), and still ${a.status ?? "planned"}` });
  });
  return findings;
}

function validation(plan: Plan): Finding[] {
  if (!plan.validation) return [{ path: [], message: "the plan has never been validated by the client (no validation section)" }];
  if (plan.validation.status === "draft") return [{ path: ["validation", "status"], message: "the plan is still a draft: the method asks the client to validate it" }];
  return [];
}

/** All method warnings of a valid plan. */
export function methodWarnings(plan: Plan): Finding[] {
  return [...stakeholderMap(plan), ...objectives(plan), ...overdueActions(plan), ...validation(plan)];
}
