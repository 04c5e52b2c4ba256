// The page furniture every slide shares: locale, period label, footer mark, author.
import type { PlanView } from "../view/types.js";
import type { DeckInfo } from "./types.js";
import { labelsFor } from "../i18n/labels.js";
import { formatDate, formatPeriodLabel, isoDateOfTimestamp, localeFor } from "../i18n/format.js";

export function composeDeckInfo(view: PlanView, timestamp: number): DeckInfo {
  const locale = localeFor(view.language, view.currency);
  const date = isoDateOfTimestamp(timestamp);
  const info: DeckInfo = {
    audience: view.audience,
    language: view.language,
    locale,
    account: view.account.name,
    periodLabel: formatPeriodLabel(view.period, view.language),
    period: view.period,
    currency: view.currency,
    author: view.team.owner?.name ?? "",
    date,
    dateLabel: formatDate(date, locale),
    timestamp,
  };
  if (view.audience === "internal") info.confidentialMark = labelsFor(view.language).confidentialMark;
  return info;
}
