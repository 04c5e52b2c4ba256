// The audience filter: kamdeck's one unbreakable promise. A client view is built
// as an allowlist, field by field, from functions that never spread a plan
// object; stakeholders and notes are only read on the internal branch. Later
// stages cannot leak what they never received.
import type { Plan } from "../plan/schema.js";
import type { Audience, ClientView, InternalView, PlanView } from "./types.js";
import { viewAccount } from "./view-account.js";
import { viewObjectivesPart } from "./view-objectives.js";
import { viewSwot } from "./view-swot.js";
import { viewFollowup } from "./view-followup.js";
import { viewCustomSections, viewStakeholders, viewTeam, viewValidation } from "./view-misc.js";
import { resolveSections } from "./resolve-sections.js";

export interface ToViewOptions {
  /** Absolute path of the plan file (a relative logo resolves against it). */
  planFile: string;
}

function sharedContent(plan: Plan, audience: Audience, opts: ToViewOptions) {
  const part = viewObjectivesPart(plan, audience);
  const content = {
    language: plan.language,
    period: plan.period,
    currency: plan.currency,
    account: viewAccount(plan.account, audience, opts.planFile),
    team: viewTeam(plan.team),
    objectives: part.objectives,
    solution: part.solution,
    actions: part.actions,
    custom_sections: viewCustomSections(plan.custom_sections, audience),
  };
  // Object.assign, not `{ ...content, swot, ... }`: see src/layout/with-fields.ts (a hidden class per view otherwise).
  return Object.assign(content, {
    swot: viewSwot(plan.swot, audience),
    followup: viewFollowup(plan.followup, audience),
    validation: viewValidation(plan.validation, audience),
  });
}

/** Drops keys whose value is undefined, so optional sections are absent rather than `undefined` in JSON and tests. */
function withoutUndefined<T extends object>(view: T): T {
  for (const key of Object.keys(view) as Array<keyof T>) if (view[key] === undefined) delete view[key];
  return view;
}

export function toView(plan: Plan, audience: Audience, opts: ToViewOptions): PlanView {
  const shared = sharedContent(plan, audience, opts);
  if (audience === "client") {
    const view: ClientView = { audience: "client", ...shared, sections: [] };
    view.sections = resolveSections(plan.sections, view);
    return withoutUndefined(view);
  }
  const view: InternalView = { audience: "internal", ...shared, stakeholders: viewStakeholders(plan.stakeholders), sections: [] };
  if (plan.account.notes !== undefined) view.account_notes = plan.account.notes;
  view.sections = resolveSections(plan.sections, view);
  return withoutUndefined(view);
}
