// The semantic deck: which slides, in which order, with which content, already
// in words and formatted numbers of the deck's language, but with no geometry.
// One file per slide kind composes one of these from a PlanView; the layout
// stage turns each into positioned primitives (src/layout/<kind>.ts).
import type { Audience, ViewKpi, ViewStakeholder } from "../view/types.js";
import type { ActionStatus, SectionName } from "../plan/schema.js";

/** What every slide shares: the footer band and the page furniture. */
export interface DeckInfo {
  audience: Audience;
  language: "fr" | "en";
  /** BCP 47 locale used for Intl formatting, e.g. fr-FR. */
  locale: string;
  account: string;
  /** Human label of the period, e.g. "T4 2026" / "Q4 2026". */
  periodLabel: string;
  period: string;
  currency: string;
  /** "Confidentiel - usage interne" on internal decks, absent on client decks. */
  confidentialMark?: string;
  /** The key account manager, for metadata and the cover. */
  author: string;
  /** Pinned date (YYYY-MM-DD) printed on the cover. */
  date: string;
  /** `date` formatted for the locale ("26 nov. 2026" / "Nov 26, 2026"). */
  dateLabel?: string;
  /** Seconds since the epoch, for metadata and zip timestamps. */
  timestamp: number;
}

interface Base {
  /** Section this slide belongs to (for the outline and agenda). */
  section: SectionName | "cover" | "agenda" | "review" | "custom";
  title: string;
  /** The takeaway sentence under the title, computed from the plan. */
  subtitle?: string;
}

export interface CoverSlide extends Base {
  kind: "cover";
  account: string;
  headline: string; // "Revue trimestrielle T4 2026"
  preparedFor?: string; // client decks: "Préparé pour Maison Dorée Distribution"
  manager?: { name: string; title?: string; email?: string };
  date: string; // formatted
  logo?: { path: string; mime: "image/png" | "image/jpeg" };
}

export interface AgendaSlide extends Base {
  kind: "agenda";
  items: string[];
}

export interface LabelledValue {
  label: string;
  value: string;
  link?: string;
}

export interface AccountSlide extends Base {
  kind: "account";
  facts: LabelledValue[];
  buyingProcess?: string;
  news: string[];
  market?: { columns: string[]; rows: Array<{ cells: string[]; trend?: "up" | "down" | "flat" }> };
  /** Internal decks only. */
  internalNote?: string;
}

export interface SwotSlide extends Base {
  kind: "swot";
  quadrants: Array<{ key: "strengths" | "weaknesses" | "opportunities" | "threats"; heading: string; items: string[] }>;
}

export interface SwotGridSlide extends Base {
  kind: "swot-grid";
  columns: string[]; // Factor, S, W, O, T
  rows: string[][];
}

export interface ActionRow {
  action: string;
  owner: string;
  due: string; // formatted
  status: ActionStatus;
  statusLabel: string;
  overdue: boolean;
  expectedResult?: string;
  /** YAML path, for warnings. */
  field: string;
}

export interface ActionsSlide extends Base {
  kind: "actions";
  columns: { action: string; owner: string; due: string; status: string; expected: string };
  overdueLabel: string;
  groups: Array<{ objective: string; rows: ActionRow[] }>;
}

export interface ReviewSlide extends Base {
  kind: "review";
  panels: Array<{ key: "successes" | "obstacles" | "opportunities" | "decisions"; heading: string; items: string[] }>;
}

export interface CustomSlide extends Base {
  kind: "custom";
  bullets: string[];
  table?: { columns: string[]; rows: string[][]; numeric: boolean[] };
}

export interface StakeholderMapSlide extends Base {
  kind: "stakeholder-map";
  people: ViewStakeholder[];
  labels: {
    roles: Record<string, string>;
    stances: Record<string, string>;
    relationships: Record<string, string>;
    legend: string;
  };
}

export interface StakeholderTableSlide extends Base {
  kind: "stakeholder-table";
  columns: string[];
  rows: Array<{ cells: string[]; relationship: "strong" | "good" | "weak" }>;
}

export interface ObjectiveSlide extends Base {
  kind: "objective";
  objectiveTitle: string;
  kpis: Array<ViewKpi & {
    labels: { baseline: string; target: string; current: string };
    formatted: { baseline?: string; target: string; current?: string };
    /** Share of the way from baseline to target, (current - baseline) / (target - baseline); may fall outside 0..1. */
    progress?: number;
  }>;
  facts: LabelledValue[]; // budget, expected result
  challenges: string[];
  challengesHeading: string;
}

export interface SolutionSlide extends Base {
  kind: "solution";
  objectiveTitle: string;
  support: string;
  usage?: string;
  offers: { columns: string[]; rows: string[][] };
  advice: string[];
  labels: Record<string, string>;
}

export interface FollowupSlide extends Base {
  kind: "followup";
  touchpoints: Array<{
    label: string;
    rhythm: string;
    duration?: string;
    nextDates: string[];
    /** The same dates as `nextDates`, written YYYY-MM-DD, so the layout can place them on the timeline's axis. */
    dates?: string[];
  }>;
  nextReview?: string;
  /** `nextReview` written YYYY-MM-DD, to highlight it on the timeline. */
  nextReviewDate?: string;
  /** The timeline's window (YYYY-MM-DD, both included); default: the quarter after the deck's period. */
  window?: { start: string; end: string };
  labels: Record<string, string>;
}

export interface ValidationSlide extends Base {
  kind: "validation";
  /** "pending" when the plan has no validation block (client decks always end with this page). */
  status?: "draft" | "sent" | "validated" | "pending";
  toValidate: string[];
  facts: LabelledValue[];
  comments?: string;
  signatureLabels: string[];
}

export type DeckSlide =
  | CoverSlide
  | AgendaSlide
  | AccountSlide
  | SwotSlide
  | SwotGridSlide
  | ActionsSlide
  | ReviewSlide
  | CustomSlide
  | StakeholderMapSlide
  | StakeholderTableSlide
  | ObjectiveSlide
  | SolutionSlide
  | FollowupSlide
  | ValidationSlide;

export type SlideKind = DeckSlide["kind"];

export interface Deck {
  info: DeckInfo;
  slides: DeckSlide[];
}
