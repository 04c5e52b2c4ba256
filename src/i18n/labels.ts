// The deck's words, one table per language. Both tables are typed `Labels`, so a
// key missing in one language is a compile error, not a blank on a slide.
// Sentences with counts are functions: plural rules differ between languages.
import type { ActionStatus, Language, Relationship, Role, SectionName, Stance, Touchpoint } from "../plan/schema.js";
import { fr } from "./labels-fr.js";
import { en } from "./labels-en.js";

export type CadenceUnit = "day" | "week" | "month" | "quarter" | "year";
export type ValidationStatusLabel = "draft" | "sent" | "validated" | "pending";

export interface Labels {
  sections: Record<SectionName | "review", string>;
  cover: { headline: (periodLabel: string) => string; preparedFor: (account: string) => string };
  agendaTitle: string;
  confidentialMark: string;
  account: {
    title: string;
    mainContact: string;
    clientSince: string;
    sector: string;
    manager: string;
    team: string;
    buyingProcess: string;
    news: string;
    market: { segment: string; volume: string; value: string; trend: string };
    internalNote: string;
    /** "Client depuis 2019 · Grande distribution": how long and in which trade, the frame for the rest of the deck. */
    subtitle: (o: { since?: string; sector?: string }) => string | undefined;
  };
  objective: {
    baseline: string;
    target: string;
    current: string;
    budget: string;
    expectedResult: string;
    challenges: string;
    progress: (o: { kpi: string; current: string; percent: string; target: string }) => string;
    /** Progress at or past 100 %: "120 % of the way" reads as an error. */
    reached: (o: { kpi: string; current: string; target: string }) => string;
    /** Progress below 0: the KPI moved away from its target. */
    behind: (o: { kpi: string; current: string; baseline: string }) => string;
  };
  stakeholders: {
    mapTitle: string;
    tableTitle: string;
    roles: Record<Role, string>;
    stances: Record<Stance, string>;
    relationships: Record<Relationship, string>;
    legend: string;
    columns: { name: string; title: string; roles: string; stance: string; relationship: string; notes: string };
    subtitle: (o: { supporters: number; detractors: number; weak: number }) => string;
  };
  swot: {
    title: string;
    gridTitle: string;
    headings: { strengths: string; weaknesses: string; opportunities: string; threats: string };
    factor: string;
    subtitle: (o: { strengths: number; weaknesses: number; opportunities: number; threats: number }) => string;
    gridSubtitle: (factors: number) => string;
  };
  solution: {
    support: string;
    usage: string;
    offers: string;
    advice: string;
    columns: { offer: string; investment: string; expectedReturn: string; roi: string };
    subtitle: (o: { roi: string; investment: string }) => string;
  };
  actions: {
    title: string;
    columns: { action: string; owner: string; due: string; status: string; expected: string };
    statuses: Record<ActionStatus, string>;
    overdue: string;
    otherActions: string;
    subtitle: (o: { onTrack: number; total: number; blocked: number }) => string;
  };
  review: {
    title: string;
    headings: { successes: string; obstacles: string; opportunities: string; decisions: string };
    subtitle: (decisions: number) => string;
  };
  followup: {
    title: string;
    kinds: Record<Touchpoint["kind"], string>;
    every: (n: number, unit: CadenceUnit) => string;
    duration: (minutes: number) => string;
    nextReview: string;
    rhythm: string;
    nextDates: string;
    subtitle: (date: string) => string;
  };
  validation: {
    title: string;
    statuses: Record<ValidationStatusLabel, string>;
    status: string;
    validatedBy: string;
    date: string;
    comments: string;
    objective: (title: string) => string;
    actionPlan: (count: number) => string;
    signature: string[];
    /** The takeaway: what the client is asked to do, or that it is done. */
    subtitle: (status: ValidationStatusLabel) => string;
  };
}

export function labelsFor(language: Language): Labels {
  return language === "fr" ? fr : en;
}
