// The account plan format (../shared/plan-format.md) as zod schemas: the single
// source of truth for the `Plan` type and for `kamdeck schema`'s JSON Schema.
// Every object is strict: a misspelt `confidental: true` must be an error, never
// silently dropped, or a confidential line would leak into a client deck.
// Cross-field rules (unique ids, references, cycles) live
// in rules.ts, because they need the whole plan and report positions.
import { z } from "zod";
import { calendarProblem } from "./dates.js";

/** `YYYY-MM-DD`, a real calendar date (`2027-02-30` is refused). */
export const DateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date written YYYY-MM-DD" })
  .superRefine((value, ctx) => {
    // Checked here rather than in rules.ts so a wrong date is reported with the other schema errors.
    const problem = calendarProblem(value);
    if (problem && /^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: "custom", message: problem });
  })
  .describe("A date written YYYY-MM-DD");

/** `YYYY-Qn`, n from 1 to 4. */
export const Period = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, { message: "expected a quarter written YYYY-Qn with n from 1 to 4, e.g. 2026-Q4" })
  .describe("A quarter written YYYY-Qn, e.g. 2026-Q4");

export const Language = z.enum(["fr", "en"]);
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: "expected an ISO 4217 currency code such as EUR or USD" });

const Amount = z.number().nonnegative({ message: "an amount cannot be negative" });
const Confidential = z.boolean().optional().describe("Left out of client-facing output when true");
const Notes = z.string().optional().describe("Internal only: never shown in a client deck");

/** A list-of-strings item: a plain string, or `{text, confidential}`. */
export const TextItem = z.union([
  z.string(),
  z.strictObject({ text: z.string(), confidential: Confidential }),
]);
export const TextList = z.array(TextItem);

export const Person = z.strictObject({
  name: z.string().min(1),
  title: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  confidential: Confidential,
});

export const MarketSegment = z.strictObject({
  segment: z.string().min(1),
  volume: z.number().nonnegative({ message: "a volume cannot be negative" }).optional(),
  volume_unit: z.string().optional(),
  value: Amount.optional(),
  trend: z
    .number()
    .min(-1, { message: "trend is a fraction (0.04 = +4 %), not a percentage" })
    .max(1, { message: "trend is a fraction (0.04 = +4 %), not a percentage" })
    .optional()
    .describe("A fraction: 0.04 means +4 %"),
  confidential: Confidential,
});

export const Account = z.strictObject({
  name: z.string().min(1),
  logo: z.string().optional().describe("PNG or JPEG, relative to the plan file"),
  client_since: z.union([z.number().int().min(1800).max(2200), DateString]).optional(),
  sector: z.string().optional(),
  main_contact: Person.optional(),
  buying_process: z.string().optional(),
  market: z.array(MarketSegment).optional(),
  news: TextList.optional(),
  notes: Notes,
});

export const Team = z.strictObject({
  owner: Person.optional(),
  members: z.array(Person).optional(),
  confidential: Confidential,
});

export const KpiPoint = z.strictObject({ period: Period, value: z.number(), confidential: Confidential });

export const Kpi = z.strictObject({
  name: z.string().min(1),
  unit: z.string().optional(),
  baseline: z.number().optional(),
  target: z.number(),
  current: z.number().optional(),
  history: z.array(KpiPoint).optional(),
  confidential: Confidential,
});

export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { message: "an id is a slug: lowercase letters, digits, - and _" });

export const Objective = z.strictObject({
  id: Slug,
  title: z.string().min(1),
  kpis: z.array(Kpi).optional(),
  budget: Amount.optional(),
  challenges: TextList.optional(),
  expected_result: z.string().optional(),
  confidential: Confidential,
});

export const Role = z.enum(["influencer", "user", "executive", "decision_maker", "budget_holder"]);
export const Stance = z.enum(["champion", "ally", "neutral", "detractor"]);
/** strong (green), good (orange), weak (red), as in the method. */
export const Relationship = z.enum(["strong", "good", "weak"]);

export const Stakeholder = z.strictObject({
  id: Slug,
  name: z.string().min(1),
  title: z.string().optional(),
  reports_to: z.string().optional(),
  roles: z.array(Role).min(1, { message: "give at least one role" }),
  stance: Stance,
  relationship: Relationship,
  notes: Notes,
  confidential: Confidential,
});

export const SwotRow = z.strictObject({
  factor: z.string().min(1),
  strengths: z.string().optional(),
  weaknesses: z.string().optional(),
  opportunities: z.string().optional(),
  threats: z.string().optional(),
  confidential: Confidential,
});

export const Swot = z.strictObject({
  strengths: TextList.optional(),
  weaknesses: TextList.optional(),
  opportunities: TextList.optional(),
  threats: TextList.optional(),
  grid: z.array(SwotRow).optional(),
  confidential: Confidential,
});

export const Offer = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  investment: Amount.optional(),
  expected_return: Amount.optional(),
  confidential: Confidential,
});

export const Solution = z.strictObject({
  objective: z.string().min(1).describe("The id of an objective"),
  support: z.string().min(1),
  usage: z.string().optional(),
  offers: z.array(Offer).optional(),
  advice: TextList.optional(),
  confidential: Confidential,
});

export const ActionStatus = z.enum(["planned", "in_progress", "done", "blocked", "cancelled"]);

export const Action = z.strictObject({
  objective: z.string().optional().describe("The id of an objective"),
  action: z.string().min(1),
  owner: z.string().min(1),
  due: DateString,
  status: ActionStatus.optional().describe("planned when absent"),
  expected_result: z.string().optional(),
  confidential: Confidential,
});

/** One touchpoint of the follow-up rhythm, e.g. `{kind: call, every: 1 month, duration: 30}`. */
export const CadenceKind = z.enum(["email", "call", "meeting", "review", "visit", "report"]);
export const Touchpoint = z.strictObject({
  kind: CadenceKind,
  every: z
    .string()
    .regex(/^[1-9]\d* (day|week|month|quarter|year)s?$/, {
      message: "expected an interval such as `2 weeks`, `1 month` or `1 quarter`",
    }),
  duration: z.number().int().positive().optional().describe("Minutes"),
  label: z.string().optional(),
  confidential: Confidential,
});

export const Review = z.strictObject({
  successes: TextList.optional(),
  obstacles: TextList.optional(),
  opportunities: TextList.optional(),
  decisions: TextList.optional(),
  confidential: Confidential,
});

export const Followup = z.strictObject({
  cadence: z.array(Touchpoint).optional().describe("Defaults to the method's rhythm"),
  next_review: DateString.optional(),
  review: Review.optional(),
  confidential: Confidential,
});

export const ValidationStatus = z.enum(["draft", "sent", "validated"]);
export const Validation = z.strictObject({
  status: ValidationStatus.default("draft"),
  validated_by: Person.optional(),
  date: DateString.optional(),
  comments: z.string().optional(),
  confidential: Confidential,
});

/** In the method's order: also the deck's default section order. */
export const SectionName = z.enum([
  "account",
  "objectives",
  "stakeholders",
  "swot",
  "solution",
  "actions",
  "followup",
  "validation",
]);

export const CustomTable = z.strictObject({
  columns: z.array(z.string()).min(1),
  rows: z.array(z.array(z.union([z.string(), z.number()]))),
});

export const CustomSection = z.strictObject({
  title: z.string().min(1),
  after: SectionName.optional(),
  bullets: TextList.optional(),
  table: CustomTable.optional(),
  confidential: Confidential,
});

export const Plan = z.strictObject({
  plan: z.literal(1, { message: "kamdeck reads format version 1: write `plan: 1`" }).describe("Format version: 1"),
  language: Language.default("fr").describe("Language of the deck's labels, dates and numbers"),
  period: Period,
  currency: Currency.default("EUR").describe("ISO 4217 code of every amount"),
  theme: z.string().optional().describe("A theme name or a path to a theme folder"),
  account: Account.describe("1. General information about the client"),
  team: Team.optional().describe("Our side: the key account manager and the team"),
  objectives: z.array(Objective).optional().describe("2. The client's objectives for the next 12 months"),
  stakeholders: z.array(Stakeholder).optional().describe("3. The stakeholder map: internal only, never in a client deck"),
  swot: Swot.optional().describe("4. SWOT lists and/or a SWOT grid by factor"),
  solution: z.array(Solution).optional().describe("5. How our offer supports each objective, with offers and ROI"),
  actions: z.array(Action).optional().describe("6. The action plan: what, who, when"),
  followup: Followup.optional().describe("7. Follow-up cadence and the quarterly review"),
  validation: Validation.optional().describe("8. The client's validation of the plan"),
  sections: z.array(SectionName).optional().describe("Which sections, in which order (default: all that have data)"),
  custom_sections: z.array(CustomSection).optional().describe("Extra slides"),
});

export type Plan = z.infer<typeof Plan>;
export type PlanInput = z.input<typeof Plan>;
export type TextItem = z.infer<typeof TextItem>;
export type Person = z.infer<typeof Person>;
export type MarketSegment = z.infer<typeof MarketSegment>;
export type Account = z.infer<typeof Account>;
export type Kpi = z.infer<typeof Kpi>;
export type Objective = z.infer<typeof Objective>;
export type Role = z.infer<typeof Role>;
export type Stance = z.infer<typeof Stance>;
export type Relationship = z.infer<typeof Relationship>;
export type Stakeholder = z.infer<typeof Stakeholder>;
export type Swot = z.infer<typeof Swot>;
export type SwotRow = z.infer<typeof SwotRow>;
export type Offer = z.infer<typeof Offer>;
export type Solution = z.infer<typeof Solution>;
export type ActionStatus = z.infer<typeof ActionStatus>;
export type Action = z.infer<typeof Action>;
export type Touchpoint = z.infer<typeof Touchpoint>;
export type Review = z.infer<typeof Review>;
export type Followup = z.infer<typeof Followup>;
export type Validation = z.infer<typeof Validation>;
export type SectionName = z.infer<typeof SectionName>;
export type CustomSection = z.infer<typeof CustomSection>;
export type Language = z.infer<typeof Language>;

/** What `portfolio.yaml` may set for every plan below it. */
export const PortfolioDefaults = z.strictObject({
  language: Language.optional(),
  period: Period.optional(),
  currency: Currency.optional(),
  team: Team.optional(),
  theme: z.string().optional(),
});
export type PortfolioDefaults = z.infer<typeof PortfolioDefaults>;
