// The small computations the method asks for, kept pure so they are unit-tested
// apart from any slide: ROI, KPI progress, overdue actions.
import type { ActionStatus } from "../plan/schema.js";
import { periodEnd } from "./dates.js";

/** (expected_return - investment) / investment; undefined without both or with nothing invested. */
export function roi(offer: { investment?: number; expected_return?: number }): number | undefined {
  const { investment, expected_return } = offer;
  if (investment === undefined || expected_return === undefined || investment === 0) return undefined;
  return (expected_return - investment) / investment;
}

/** Share of the way from baseline to target, (current - baseline) / (target - baseline); works for falling targets too. */
export function kpiProgress(kpi: { baseline?: number; target: number; current?: number }): number | undefined {
  const { baseline, target, current } = kpi;
  if (baseline === undefined || current === undefined || target === baseline) return undefined;
  return (current - baseline) / (target - baseline);
}

/** Due before the last day of the reviewed quarter and neither done nor cancelled. */
export function isOverdue(action: { due: string; status: ActionStatus }, period: string): boolean {
  if (action.status === "done" || action.status === "cancelled") return false;
  return action.due < periodEnd(period);
}
