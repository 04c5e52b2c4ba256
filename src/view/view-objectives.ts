// Objectives, their solutions and their actions. A confidential objective takes
// down with it everything that refers to it (its solution and its actions), so
// a client deck never shows an action whose purpose it cannot see.
import type { Plan } from "../plan/schema.js";
import type { Audience, ViewAction, ViewKpi, ViewObjective, ViewOffer, ViewSolution } from "./types.js";
import { isVisible, visibleTexts } from "./visibility.js";

type Objective = NonNullable<Plan["objectives"]>[number];
type Kpi = NonNullable<Objective["kpis"]>[number];
type Solution = NonNullable<Plan["solution"]>[number];
type Offer = NonNullable<Solution["offers"]>[number];
type Action = NonNullable<Plan["actions"]>[number];

function viewKpi(kpi: Kpi): ViewKpi {
  const out: ViewKpi = {
    name: kpi.name,
    target: kpi.target,
    history: (kpi.history ?? []).map((p) => ({ period: p.period, value: p.value })),
  };
  if (kpi.unit !== undefined) out.unit = kpi.unit;
  if (kpi.baseline !== undefined) out.baseline = kpi.baseline;
  if (kpi.current !== undefined) out.current = kpi.current;
  return out;
}

function viewObjective(objective: Objective, audience: Audience): ViewObjective {
  const out: ViewObjective = {
    id: objective.id,
    title: objective.title,
    kpis: (objective.kpis ?? []).filter((k) => isVisible(k, audience)).map(viewKpi),
    challenges: visibleTexts(objective.challenges, audience),
  };
  if (objective.budget !== undefined) out.budget = objective.budget;
  if (objective.expected_result !== undefined) out.expected_result = objective.expected_result;
  return out;
}

function viewOffer(offer: Offer): ViewOffer {
  const out: ViewOffer = { name: offer.name };
  if (offer.description !== undefined) out.description = offer.description;
  if (offer.investment !== undefined) out.investment = offer.investment;
  if (offer.expected_return !== undefined) out.expected_return = offer.expected_return;
  return out;
}

function viewSolution(solution: Solution, audience: Audience): ViewSolution {
  const out: ViewSolution = {
    objective: solution.objective,
    support: solution.support,
    offers: (solution.offers ?? []).filter((o) => isVisible(o, audience)).map(viewOffer),
    advice: visibleTexts(solution.advice, audience),
  };
  if (solution.usage !== undefined) out.usage = solution.usage;
  return out;
}

function viewAction(action: Action, source: number): ViewAction {
  const out: ViewAction = {
    action: action.action,
    owner: action.owner,
    due: action.due,
    status: action.status ?? "planned",
    source,
  };
  if (action.objective !== undefined) out.objective = action.objective;
  if (action.expected_result !== undefined) out.expected_result = action.expected_result;
  return out;
}

export interface ObjectivesPart {
  objectives: ViewObjective[];
  solution: ViewSolution[];
  actions: ViewAction[];
}

export function viewObjectivesPart(plan: Plan, audience: Audience): ObjectivesPart {
  const visible = (plan.objectives ?? []).filter((o) => isVisible(o, audience));
  const visibleIds = new Set(visible.map((o) => o.id));
  // An item pointing at an objective the audience cannot see is hidden with it.
  const refersToVisible = (objective: string | undefined) => objective === undefined || visibleIds.has(objective);
  return {
    objectives: visible.map((o) => viewObjective(o, audience)),
    solution: (plan.solution ?? [])
      .filter((s) => isVisible(s, audience) && refersToVisible(s.objective))
      .map((s) => viewSolution(s, audience)),
    actions: (plan.actions ?? [])
      .map((a, index) => ({ a, index }))
      .filter(({ a }) => isVisible(a, audience) && refersToVisible(a.objective))
      .map(({ a, index }) => viewAction(a, index)),
  };
}
