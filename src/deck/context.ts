// What every slide composer receives: the view, the deck's words and the
// formatters already bound to the deck's locale and currency.
import type { PlanView } from "../view/types.js";
import type { DeckInfo } from "./types.js";
import { labelsFor, type Labels } from "../i18n/labels.js";
import {
  formatCompactAmount,
  formatCurrency,
  formatDate,
  formatNumber,
  formatPercent,
  formatQuantity,
} from "../i18n/format.js";

export interface Formatters {
  number: (value: number) => string;
  currency: (amount: number) => string;
  compactAmount: (amount: number) => string;
  percent: (fraction: number, opts?: { signed?: boolean }) => string;
  quantity: (value: number, unit?: string) => string;
  date: (iso: string) => string;
}

export interface DeckContext {
  view: PlanView;
  info: DeckInfo;
  labels: Labels;
  fmt: Formatters;
}

export function createContext(view: PlanView, info: DeckInfo): DeckContext {
  const { locale, currency } = info;
  return {
    view,
    info,
    labels: labelsFor(view.language),
    fmt: {
      number: (v) => formatNumber(v, locale),
      currency: (a) => formatCurrency(a, locale, currency),
      compactAmount: (a) => formatCompactAmount(a, locale, currency),
      percent: (f, o) => formatPercent(f, locale, o),
      quantity: (v, u) => formatQuantity(v, locale, u),
      date: (iso) => formatDate(iso, locale),
    },
  };
}
