// The smaller sections: validation, custom sections, the team and (internal
// views only) stakeholders.
import type { Plan } from "../plan/schema.js";
import type { Audience, SharedView, ViewCustomSection, ViewStakeholder, ViewValidation } from "./types.js";
import { isVisible, visibleTexts } from "./visibility.js";
import { copyPerson } from "./copy-person.js";

export function viewValidation(validation: Plan["validation"], audience: Audience): ViewValidation | undefined {
  if (!validation || !isVisible(validation, audience)) return undefined;
  const out: ViewValidation = { status: validation.status };
  if (validation.validated_by !== undefined) out.validated_by = copyPerson(validation.validated_by);
  if (validation.date !== undefined) out.date = validation.date;
  if (validation.comments !== undefined) out.comments = validation.comments;
  return out;
}

export function viewCustomSections(sections: Plan["custom_sections"], audience: Audience): ViewCustomSection[] {
  return (sections ?? [])
    .filter((s) => isVisible(s, audience))
    .map((s) => {
      const out: ViewCustomSection = { title: s.title, bullets: visibleTexts(s.bullets, audience) };
      if (s.after !== undefined) out.after = s.after;
      if (s.table !== undefined) out.table = { columns: [...s.table.columns], rows: s.table.rows.map((r) => [...r]) };
      return out;
    });
}

export function viewTeam(team: Plan["team"]): SharedView["team"] {
  const out: SharedView["team"] = { members: (team?.members ?? []).map(copyPerson) };
  if (team?.owner) out.owner = copyPerson(team.owner);
  return out;
}

/** Internal views only: the caller never calls this for a client. */
export function viewStakeholders(stakeholders: Plan["stakeholders"]): ViewStakeholder[] {
  return (stakeholders ?? []).map((s) => {
    const out: ViewStakeholder = { id: s.id, name: s.name, roles: [...s.roles], stance: s.stance, relationship: s.relationship };
    if (s.title !== undefined) out.title = s.title;
    if (s.reports_to !== undefined) out.reports_to = s.reports_to;
    if (s.notes !== undefined) out.notes = s.notes;
    return out;
  });
}
