// General information: who the client is, how it buys, what is new, its market.
import type { AccountSlide, LabelledValue } from "./types.js";
import type { ViewMarket } from "../view/types.js";
import type { DeckContext } from "./context.js";

function clientSince(ctx: DeckContext): string | undefined {
  const since = ctx.view.account.client_since;
  if (since === undefined) return undefined;
  return typeof since === "number" ? String(since) : ctx.fmt.date(since);
}

function accountFacts(ctx: DeckContext): LabelledValue[] {
  const { view, labels } = ctx;
  const a = view.account;
  const facts: LabelledValue[] = [];
  if (a.main_contact) {
    const c = a.main_contact;
    const fact: LabelledValue = { label: labels.account.mainContact, value: [c.name, c.title].filter(Boolean).join(", ") };
    if (c.email) fact.link = `mailto:${c.email}`;
    facts.push(fact);
  }
  const since = clientSince(ctx);
  if (since) facts.push({ label: labels.account.clientSince, value: since });
  if (a.sector) facts.push({ label: labels.account.sector, value: a.sector });
  if (view.team.owner) facts.push({ label: labels.account.manager, value: view.team.owner.name });
  if (view.team.members.length > 0) facts.push({ label: labels.account.team, value: view.team.members.map((m) => m.name).join(", ") });
  return facts;
}

/** Below half a percent either way the market is read as flat: the arrow should not overstate noise. */
export function trendDirection(trend: number): "up" | "down" | "flat" {
  if (trend >= 0.005) return "up";
  if (trend <= -0.005) return "down";
  return "flat";
}

function marketRow(ctx: DeckContext, m: ViewMarket): { cells: string[]; trend?: "up" | "down" | "flat" } {
  const { fmt } = ctx;
  const volume = m.volume === undefined ? "" : [fmt.number(m.volume), m.volume_unit].filter(Boolean).join("\u00a0");
  const value = m.value === undefined ? "" : fmt.compactAmount(m.value);
  const trend = m.trend === undefined ? "" : fmt.percent(m.trend, { signed: true });
  const row: { cells: string[]; trend?: "up" | "down" | "flat" } = { cells: [m.segment, volume, value, trend] };
  if (m.trend !== undefined) row.trend = trendDirection(m.trend);
  return row;
}

export function composeAccount(ctx: DeckContext): AccountSlide {
  const { view, labels } = ctx;
  const a = view.account;
  const slide: AccountSlide = {
    kind: "account",
    section: "account",
    title: labels.account.title,
    facts: accountFacts(ctx),
    news: [...a.news],
  };
  const subtitle = labels.account.subtitle({ since: clientSince(ctx), sector: a.sector });
  if (subtitle) slide.subtitle = subtitle;
  if (a.buying_process) slide.buyingProcess = a.buying_process;
  if (a.market.length > 0) {
    const m = labels.account.market;
    slide.market = { columns: [m.segment, m.volume, m.value, m.trend], rows: a.market.map((row) => marketRow(ctx, row)) };
  }
  if (view.audience === "internal" && view.account_notes) slide.internalNote = view.account_notes;
  return slide;
}
