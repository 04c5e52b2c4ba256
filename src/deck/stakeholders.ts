// The stakeholder map and its table: internal decks only. They take an
// InternalView, so a client view cannot even be passed to them.
import type { StakeholderMapSlide, StakeholderTableSlide } from "./types.js";
import type { InternalView, ViewStakeholder } from "../view/types.js";
import type { DeckContext } from "./context.js";

export function stakeholderCounts(people: ViewStakeholder[]): { supporters: number; detractors: number; weak: number } {
  return {
    supporters: people.filter((p) => p.stance === "champion" || p.stance === "ally").length,
    detractors: people.filter((p) => p.stance === "detractor").length,
    weak: people.filter((p) => p.relationship === "weak").length,
  };
}

export function composeStakeholderMap(ctx: DeckContext, view: InternalView): StakeholderMapSlide {
  const l = ctx.labels.stakeholders;
  return {
    kind: "stakeholder-map",
    section: "stakeholders",
    title: l.mapTitle,
    subtitle: l.subtitle(stakeholderCounts(view.stakeholders)),
    // Object.assign, not `{ ...p, roles }`: see src/layout/with-fields.ts (a hidden class per person otherwise).
    people: view.stakeholders.map((p) => Object.assign({}, p, { roles: [...p.roles] })),
    labels: { roles: { ...l.roles }, stances: { ...l.stances }, relationships: { ...l.relationships }, legend: l.legend },
  };
}

export function composeStakeholderTable(ctx: DeckContext, view: InternalView): StakeholderTableSlide {
  const l = ctx.labels.stakeholders;
  const c = l.columns;
  return {
    kind: "stakeholder-table",
    section: "stakeholders",
    title: l.tableTitle,
    subtitle: l.subtitle(stakeholderCounts(view.stakeholders)),
    columns: [c.name, c.title, c.roles, c.stance, c.relationship, c.notes],
    rows: view.stakeholders.map((p) => ({
      cells: [p.name, p.title ?? "", p.roles.map((r) => l.roles[r]).join(", "), l.stances[p.stance], l.relationships[p.relationship], p.notes ?? ""],
      relationship: p.relationship,
    })),
  };
}
