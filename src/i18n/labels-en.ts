// English deck words.
import type { Labels } from "./labels.js";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en: Labels = {
  sections: {
    account: "Account overview",
    objectives: "Client objectives",
    stakeholders: "Stakeholder map",
    swot: "SWOT analysis",
    solution: "Our solution",
    actions: "Action plan",
    followup: "Account follow-up",
    validation: "Plan validation",
    review: "Quarterly review",
  },
  cover: {
    headline: (period) => `${period} business review`,
    preparedFor: (account) => `Prepared for ${account}`,
  },
  agendaTitle: "Agenda",
  confidentialMark: "Confidential - internal use",
  account: {
    title: "Account overview",
    mainContact: "Main contact",
    clientSince: "Client since",
    sector: "Sector",
    manager: "Key account manager",
    team: "Team",
    buyingProcess: "Buying process",
    news: "News",
    market: { segment: "Segment", volume: "Volume", value: "Value", trend: "Trend" },
    internalNote: "Internal note",
    subtitle: ({ since, sector }) => [since && `Client since ${since}`, sector].filter(Boolean).join(" · ") || undefined,
  },
  objective: {
    baseline: "Baseline",
    target: "Target",
    current: "Current",
    budget: "Budget",
    expectedResult: "Expected result",
    challenges: "Challenges",
    progress: ({ kpi, current, percent, target }) => `${kpi} at ${current}, ${percent} of the way to the ${target} target`,
    reached: ({ kpi, current, target }) => `${kpi} at ${current}, ${target} target reached`,
    behind: ({ kpi, current, baseline }) => `${kpi} at ${current}, behind its ${baseline} baseline`,
  },
  stakeholders: {
    mapTitle: "Stakeholder map",
    tableTitle: "Stakeholders: roles and relationship",
    roles: {
      influencer: "Influencer",
      user: "User",
      executive: "Executive",
      decision_maker: "Decision maker",
      budget_holder: "Budget holder",
    },
    stances: { champion: "Champion", ally: "Ally", neutral: "Neutral", detractor: "Detractor" },
    relationships: { strong: "Strong", good: "Good", weak: "Weak" },
    legend: "Relationship",
    columns: { name: "Name", title: "Title", roles: "Roles", stance: "Stance", relationship: "Relationship", notes: "Notes" },
    subtitle: ({ supporters, detractors, weak }) =>
      `${plural(supporters, "champion or ally", "champions and allies")}, ${plural(detractors, "detractor", "detractors")}; ` +
      plural(weak, "weak relationship", "weak relationships"),
  },
  swot: {
    title: "SWOT analysis",
    gridTitle: "SWOT by factor",
    headings: { strengths: "Strengths", weaknesses: "Weaknesses", opportunities: "Opportunities", threats: "Threats" },
    factor: "Factor",
    subtitle: (c) =>
      `${plural(c.strengths, "strength", "strengths")}, ${plural(c.weaknesses, "weakness", "weaknesses")}, ` +
      `${plural(c.opportunities, "opportunity", "opportunities")}, ${plural(c.threats, "threat", "threats")}`,
    gridSubtitle: (n) => `${plural(n, "factor", "factors")} reviewed`,
  },
  solution: {
    support: "How we help",
    usage: "Current usage",
    offers: "Offers",
    advice: "Our advice",
    columns: { offer: "Offer", investment: "Investment", expectedReturn: "Expected return", roi: "ROI" },
    subtitle: ({ roi, investment }) => `Expected ROI ${roi} on ${investment} invested`,
  },
  actions: {
    title: "Action plan",
    columns: { action: "Action", owner: "Owner", due: "Due", status: "Status", expected: "Expected result" },
    statuses: { planned: "Planned", in_progress: "In progress", done: "Done", blocked: "Blocked", cancelled: "Cancelled" },
    overdue: "Overdue",
    otherActions: "Other actions",
    subtitle: ({ onTrack, total, blocked }) =>
      `${onTrack} of ${plural(total, "action", "actions")} on track` + (blocked > 0 ? `, ${blocked} blocked` : ""),
  },
  review: {
    title: "Quarterly review",
    headings: { successes: "Successes", obstacles: "Obstacles", opportunities: "New opportunities", decisions: "Decisions needed" },
    subtitle: (n) => (n === 0 ? "No decision needed" : plural(n, "decision needed", "decisions needed")),
  },
  followup: {
    title: "Account follow-up",
    kinds: { email: "E-mail", call: "Call", meeting: "Meeting", review: "Review", visit: "Visit", report: "Report" },
    every: (n, unit) => (n === 1 ? `Every ${unit}` : `Every ${n} ${unit}s`),
    duration: (minutes) => (minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60}` : ""}`),
    nextReview: "Next review",
    rhythm: "Rhythm",
    nextDates: "Next dates",
    subtitle: (date) => `Next review on ${date}`,
  },
  validation: {
    title: "Plan validation",
    statuses: { draft: "Draft", sent: "Sent for validation", validated: "Validated", pending: "To be validated" },
    status: "Status",
    validatedBy: "Validated by",
    date: "Date",
    comments: "Comments",
    objective: (title) => `Objective: ${title}`,
    actionPlan: (n) => `Action plan (${plural(n, "action", "actions")})`,
    signature: ["Name", "Title", "Date", "Signature"],
    subtitle: (status) =>
      status === "validated" ? "Objectives and action plan validated" : "We ask you to validate the objectives and the action plan",
  },
};
