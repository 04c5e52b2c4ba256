// The small computations the method asks for, kept pure so they are unit-tested
// apart from any slide: ROI, KPI progress, overdue actions.

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

// The loader warns about overdue actions and the action slide marks them: one
// rule, so the warning and the slide never disagree.
export { isOverdue } from "../plan/warnings.js";
