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
  const out: SlideKpi = {
    ...kpi,
    history: kpi.history.map((p) => ({ ...p })),
    labels: { baseline: labels.objective.baseline, target: labels.objective.target, current: labels.objective.current },
    formatted: { target: q(kpi.target) },
  };
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
    if (progress === undefined || kpi.current === undefined) continue;
    return ctx.labels.objective.progress({
      kpi: kpi.name,
      current: ctx.fmt.quantity(kpi.current, kpi.unit),
      percent: ctx.fmt.percent(progress),
      target: ctx.fmt.quantity(kpi.target, kpi.unit),
    });
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
