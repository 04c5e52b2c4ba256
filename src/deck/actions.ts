// The action plan: grouped by objective in objective order, then the actions
// with no objective; overdue flags against the end of the reviewed quarter.
import type { ActionRow, ActionsSlide } from "./types.js";
import type { ViewAction } from "../view/types.js";
import type { DeckContext } from "./context.js";
import { isOverdue } from "./metrics.js";

function actionRow(ctx: DeckContext, a: ViewAction): ActionRow {
  const { labels, fmt, view } = ctx;
  const row: ActionRow = {
    action: a.action,
    owner: a.owner,
    due: fmt.date(a.due),
    status: a.status,
    statusLabel: labels.actions.statuses[a.status],
    overdue: isOverdue(a, view.period),
    field: `actions[${a.source}]`,
  };
  if (a.expected_result !== undefined) row.expectedResult = a.expected_result;
  return row;
}

/** On track: neither blocked nor overdue; cancelled actions leave the count altogether. */
export function actionCounts(rows: ActionRow[]): { onTrack: number; total: number; blocked: number } {
  const live = rows.filter((r) => r.status !== "cancelled");
  return {
    total: live.length,
    blocked: live.filter((r) => r.status === "blocked").length,
    onTrack: live.filter((r) => r.status !== "blocked" && !r.overdue).length,
  };
}

export function composeActions(ctx: DeckContext): ActionsSlide {
  const { view, labels } = ctx;
  const groups: ActionsSlide["groups"] = [];
  for (const objective of view.objectives) {
    const rows = view.actions.filter((a) => a.objective === objective.id).map((a) => actionRow(ctx, a));
    if (rows.length > 0) groups.push({ objective: objective.title, rows });
  }
  const known = new Set(view.objectives.map((o) => o.id));
  const others = view.actions.filter((a) => a.objective === undefined || !known.has(a.objective)).map((a) => actionRow(ctx, a));
  if (others.length > 0) groups.push({ objective: labels.actions.otherActions, rows: others });
  return {
    kind: "actions",
    section: "actions",
    title: labels.actions.title,
    subtitle: labels.actions.subtitle(actionCounts(groups.flatMap((g) => g.rows))),
    columns: { ...labels.actions.columns },
    overdueLabel: labels.actions.overdue,
    groups,
  };
}
