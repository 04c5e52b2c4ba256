// Random plans for the leak properties: any subset of a plan marked
// confidential. Secret text is written as MARKER-..., visible text never is.
import fc from "fast-check";
import { Plan } from "../../src/plan/schema.js";

const SECTIONS = ["account", "objectives", "stakeholders", "swot", "solution", "actions", "followup", "validation"] as const;
const bools = (max: number) => fc.array(fc.boolean(), { maxLength: max });

export const shape = fc.record({
  language: fc.constantFrom("fr" as const, "en" as const),
  notes: fc.boolean(),
  news: bools(3),
  market: bools(3),
  objectives: fc.array(fc.record({ conf: fc.boolean(), kpis: bools(3), challenges: bools(3) }), { maxLength: 3 }),
  stakeholders: fc.array(fc.record({ conf: fc.boolean(), notes: fc.boolean() }), { maxLength: 3 }),
  swot: fc.option(fc.record({ conf: fc.boolean(), lists: fc.tuple(bools(2), bools(2), bools(2), bools(2)), grid: bools(3) })),
  solutions: fc.array(fc.record({ objective: fc.nat(2), conf: fc.boolean(), offers: bools(2), advice: bools(2) }), { maxLength: 3 }),
  actions: fc.array(fc.record({ objective: fc.option(fc.nat(2)), conf: fc.boolean(), status: fc.constantFrom("planned", "in_progress", "done", "blocked", "cancelled") }), { maxLength: 5 }),
  followup: fc.option(fc.record({ conf: fc.boolean(), cadence: fc.option(bools(3)), review: fc.option(fc.record({ conf: fc.boolean(), lists: fc.tuple(bools(2), bools(2), bools(2), bools(2)) })) })),
  validation: fc.option(fc.record({ conf: fc.boolean(), status: fc.constantFrom("draft", "sent", "validated") })),
  custom: fc.array(fc.record({ conf: fc.boolean(), bullets: bools(3), after: fc.option(fc.constantFrom(...SECTIONS)) }), { maxLength: 2 }),
  sections: fc.option(fc.shuffledSubarray([...SECTIONS])),
});
export type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

/** Builds a valid plan from a shape, recording every secret string it writes. */
export function buildPlan(s: Shape): { plan: Plan; markers: string[] } {
  const markers: string[] = [];
  let n = 0;
  const text = (secret: boolean, what: string) => {
    const t = secret ? `MARKER-${what}-${n++}` : `${what} ${n++}`;
    if (secret) markers.push(t);
    return t;
  };
  const items = (flags: boolean[], parentSecret: boolean, what: string) =>
    flags.map((conf) => (conf ? { text: text(true, what), confidential: true } : text(parentSecret, what)));
  const objectiveSecret = s.objectives.map((o) => o.conf);
  const objectiveId = (i: number) => (i < s.objectives.length ? `obj-${i}` : undefined);
  const quad = (lists: boolean[][], secret: boolean) => ({
    strengths: items(lists[0], secret, "s"),
    weaknesses: items(lists[1], secret, "w"),
    opportunities: items(lists[2], secret, "o"),
    threats: items(lists[3], secret, "t"),
  });
  const raw = {
    plan: 1,
    language: s.language,
    period: "2026-Q4",
    account: {
      name: "Acme",
      sector: "Retail",
      news: items(s.news, false, "news"),
      market: s.market.map((conf) => ({ segment: text(conf, "segment"), value: 10, confidential: conf })),
      ...(s.notes ? { notes: text(true, "notes") } : {}),
    },
    objectives: s.objectives.map((o, i) => ({
      id: `obj-${i}`,
      title: text(o.conf, "objective"),
      kpis: o.kpis.map((conf) => ({ name: text(o.conf || conf, "kpi"), baseline: 1, target: 2, current: 1.5, confidential: conf })),
      challenges: items(o.challenges, o.conf, "challenge"),
      expected_result: text(o.conf, "expected"),
      confidential: o.conf,
    })),
    stakeholders: s.stakeholders.map((p, i) => ({
      id: `p${i}`,
      name: text(true, "stakeholder"),
      roles: ["user"],
      stance: "ally",
      relationship: "good",
      confidential: p.conf,
      ...(p.notes ? { notes: text(true, "stakeholder-notes") } : {}),
    })),
    ...(s.swot
      ? {
          swot: {
            ...quad(s.swot.lists, s.swot.conf),
            grid: s.swot.grid.map((conf) => ({ factor: text(s.swot!.conf || conf, "factor"), threats: text(s.swot!.conf || conf, "cell"), confidential: conf })),
            confidential: s.swot.conf,
          },
        }
      : {}),
    solution: s.solutions
      .filter((so) => objectiveId(so.objective))
      .map((so) => {
        const secret = so.conf || objectiveSecret[so.objective];
        return {
          objective: objectiveId(so.objective),
          support: text(secret, "support"),
          offers: so.offers.map((conf) => ({ name: text(secret || conf, "offer"), investment: 1, expected_return: 3, confidential: conf })),
          advice: items(so.advice, secret, "advice"),
          confidential: so.conf,
        };
      }),
    actions: s.actions.map((a) => {
      const objective = a.objective === null ? undefined : objectiveId(a.objective);
      const secret = a.conf || (objective !== undefined && objectiveSecret[a.objective!]);
      return { objective, action: text(secret, "action"), owner: text(secret, "owner"), due: "2026-12-01", status: a.status, confidential: a.conf };
    }),
    ...(s.followup
      ? {
          followup: {
            confidential: s.followup.conf,
            ...(s.followup.cadence ? { cadence: s.followup.cadence.map((conf) => ({ kind: "call", every: "1 month", label: text(s.followup!.conf || conf, "touch"), confidential: conf })) } : {}),
            ...(s.followup.review
              ? { review: { ...quadReview(s.followup.review.lists, s.followup.conf || s.followup.review.conf), confidential: s.followup.review.conf } }
              : {}),
          },
        }
      : {}),
    ...(s.validation ? { validation: { status: s.validation.status, comments: text(s.validation.conf, "comments"), confidential: s.validation.conf } } : {}),
    custom_sections: s.custom.map((c) => ({
      title: text(c.conf, "custom"),
      bullets: items(c.bullets, c.conf, "bullet"),
      ...(c.after ? { after: c.after } : {}),
      confidential: c.conf,
    })),
    ...(s.sections ? { sections: s.sections } : {}),
  };
  function quadReview(lists: boolean[][], secret: boolean) {
    return {
      successes: items(lists[0], secret, "success"),
      obstacles: items(lists[1], secret, "obstacle"),
      opportunities: items(lists[2], secret, "opportunity"),
      decisions: items(lists[3], secret, "decision"),
    };
  }
  return { plan: Plan.parse(raw), markers };
}

