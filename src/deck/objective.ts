// One slide per client objective: its KPIs (baseline, target, current, progress),
// budget, expected result and challenges.
import type { LabelledValue, ObjectiveSlide } from "./types.js";
import type { ViewKpi, ViewObjective } from "../view/types.js";
import type { DeckContext } from "./context.js";
import { kpiProgress } from "./metrics.js";

type SlideKpi = ObjectiveSlide["kpis"][number];

function slideKpi(ctx: DeckContext, kpi: ViewKpi): SlideKpi {
  const { labels, fmt } = ctx;
  const q = (v: number) => fmt.quantity(v, kpi.unit);
  // Object.assign, not `{ ...kpi, history, ... }`: see src/layout/with-fields.ts (a hidden class per KPI otherwise).
  const out: SlideKpi = Object.assign({}, kpi, {
    history: kpi.history.map((p) => ({ ...p })),
    labels: { baseline: labels.objective.baseline, target: labels.objective.target, current: labels.objective.current },
    formatted: { target: q(kpi.target) },
  });
  if (kpi.baseline !== undefined) out.formatted.baseline = q(kpi.baseline);
  if (kpi.current !== undefined) out.formatted.current = q(kpi.current);
  const progress = kpiProgress(kpi);
  if (progress !== undefined) out.progress = progress;
  return out;
}

/** The takeaway: how far the first measurable KPI has come, else the expected result. */
function objectiveSubtitle(ctx: DeckContext, objective: ViewObjective): string | undefined {
  for (const kpi of objective.kpis) {
    const progress = kpiProgress(kpi);
    if (progress === undefined || kpi.current === undefined || kpi.baseline === undefined) continue;
    const l = ctx.labels.objective;
    const q = (v: number) => ctx.fmt.quantity(v, kpi.unit);
    const [current, target] = [q(kpi.current), q(kpi.target)];
    if (progress >= 1) return l.reached({ kpi: kpi.name, current, target });
    if (progress < 0) return l.behind({ kpi: kpi.name, current, baseline: q(kpi.baseline) });
    return l.progress({ kpi: kpi.name, current, percent: ctx.fmt.percent(progress), target });
  }
  return objective.expected_result;
}

export function composeObjective(ctx: DeckContext, objective: ViewObjective): ObjectiveSlide {
  const l = ctx.labels.objective;
  const facts: LabelledValue[] = [];
  if (objective.budget !== undefined) facts.push({ label: l.budget, value: ctx.fmt.compactAmount(objective.budget) });
  if (objective.expected_result) facts.push({ label: l.expectedResult, value: objective.expected_result });
  const slide: ObjectiveSlide = {
    kind: "objective",
    section: "objectives",
    title: objective.title,
    objectiveTitle: objective.title,
    kpis: objective.kpis.map((k) => slideKpi(ctx, k)),
    facts,
    challenges: [...objective.challenges],
    challengesHeading: l.challenges,
  };
  const subtitle = objectiveSubtitle(ctx, objective);
  if (subtitle) slide.subtitle = subtitle;
  return slide;
}
