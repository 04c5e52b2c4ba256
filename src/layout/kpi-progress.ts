// How far a KPI has come from its baseline to its target, as a fraction the
// progress bar can draw. "Lower is better" KPIs (a target below the baseline,
// e.g. shelf stock-outs) count progress downwards. The bar never runs past its
// ends: beyond the target it is full and flagged, behind the baseline empty.

export interface KpiValues {
  baseline?: number;
  target: number;
  current?: number;
}

export interface KpiProgress {
  /** Drawn fraction of the bar, in [0, 1]. */
  progress: number;
  /** Unclamped fraction (may be < 0 or > 1); undefined without a current value. */
  raw?: number;
  /** The current value is past the target (in the KPI's good direction). */
  exceeded: boolean;
  /** The target is below the baseline: progress counts downwards. */
  lowerIsBetter: boolean;
  /** The baseline the bar starts from (0 when the plan gives none). */
  start: number;
}

export function kpiProgress(k: KpiValues): KpiProgress {
  const start = k.baseline ?? 0;
  const lowerIsBetter = k.target < start;
  if (k.current === undefined) return { progress: 0, exceeded: false, lowerIsBetter, start };
  const span = k.target - start;
  // A target equal to its baseline is either met or not: nothing in between.
  const raw = span === 0 ? (lowerIsBetter ? k.current <= k.target : k.current >= k.target) ? 1 : 0 : (k.current - start) / span;
  const reached = lowerIsBetter ? k.current < k.target : k.current > k.target;
  return { progress: Math.min(1, Math.max(0, raw)), raw, exceeded: reached, lowerIsBetter, start };
}
