// The audience-specific view of a plan: what the deck stage is allowed to see.
// `ClientView` is an allowlist with no field for internal data (no stakeholders,
// no notes, nothing confidential), so no later stage can leak what it never got.
// Lists of `{text, confidential}` items are already flattened to plain strings.
import type {
  ActionStatus,
  Language,
  Person,
  Relationship,
  Role,
  SectionName,
  Stance,
  Touchpoint,
} from "../plan/schema.js";

export type Audience = "internal" | "client";

export interface ViewMarket {
  segment: string;
  volume?: number;
  volume_unit?: string;
  value?: number;
  trend?: number;
}

export interface ViewAccount {
  name: string;
  /** Absolute path, validated PNG/JPEG. */
  logo?: { path: string; mime: "image/png" | "image/jpeg" };
  client_since?: number | string;
  sector?: string;
  main_contact?: Person;
  buying_process?: string;
  market: ViewMarket[];
  news: string[];
}

export interface ViewKpi {
  name: string;
  unit?: string;
  baseline?: number;
  target: number;
  current?: number;
  history: Array<{ period: string; value: number }>;
}

export interface ViewObjective {
  id: string;
  title: string;
  kpis: ViewKpi[];
  budget?: number;
  challenges: string[];
  expected_result?: string;
}

export interface ViewOffer {
  name: string;
  description?: string;
  investment?: number;
  expected_return?: number;
}

export interface ViewSolution {
  objective: string;
  support: string;
  usage?: string;
  offers: ViewOffer[];
  advice: string[];
}

export interface ViewAction {
  objective?: string;
  action: string;
  owner: string;
  due: string;
  status: ActionStatus;
  expected_result?: string;
  /** Index in the plan's `actions` list, to name the field in warnings. */
  source: number;
}

export interface ViewSwot {
  strengths: string[];
  weaknesses: string[];
  opportunities: string[];
  threats: string[];
  grid: Array<{ factor: string; strengths?: string; weaknesses?: string; opportunities?: string; threats?: string }>;
}

export interface ViewReview {
  successes: string[];
  obstacles: string[];
  opportunities: string[];
  decisions: string[];
}

export interface ViewFollowup {
  /** The method's default rhythm when the plan gives none. */
  cadence: Array<Omit<Touchpoint, "confidential">>;
  next_review?: string;
  review?: ViewReview;
}

export interface ViewValidation {
  status: "draft" | "sent" | "validated";
  validated_by?: Person;
  date?: string;
  comments?: string;
}

export interface ViewCustomSection {
  title: string;
  after?: SectionName;
  bullets: string[];
  table?: { columns: string[]; rows: Array<Array<string | number>> };
}

/** What both audiences may see. */
export interface SharedView {
  language: Language;
  period: string;
  currency: string;
  account: ViewAccount;
  team: { owner?: Person; members: Person[] };
  objectives: ViewObjective[];
  swot?: ViewSwot;
  solution: ViewSolution[];
  actions: ViewAction[];
  followup?: ViewFollowup;
  validation?: ViewValidation;
  /** Sections in deck order, already resolved from `sections:` or the default order. */
  sections: SectionName[];
  custom_sections: ViewCustomSection[];
}

export interface ViewStakeholder {
  id: string;
  name: string;
  title?: string;
  reports_to?: string;
  roles: Role[];
  stance: Stance;
  relationship: Relationship;
  notes?: string;
}

export interface ClientView extends SharedView {
  audience: "client";
}

export interface InternalView extends SharedView {
  audience: "internal";
  stakeholders: ViewStakeholder[];
  /** `account.notes` and other internal remarks. */
  account_notes?: string;
}

export type PlanView = ClientView | InternalView;
