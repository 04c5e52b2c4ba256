// Intl-based formatting for the deck's language. Pure functions of (value, locale):
// the locale is decided once per deck (see localeFor) so every number, amount,
// percentage and date on every slide follows the same conventions.
import type { Language } from "../plan/schema.js";

/** fr-FR, or en-US (en-GB when the plan counts in pounds: a British reader expects 15 Jan 2027). */
export function localeFor(language: Language, currency: string): string {
  if (language === "fr") return "fr-FR";
  return currency === "GBP" ? "en-GB" : "en-US";
}

/**
 * Intl formatters are costly to build and a portfolio formats thousands of numbers:
 * one per locale and options, found by a short key the caller builds (a JSON key
 * of the options cost as much as the formatting). `format` also remembers its
 * answers: the same axis ticks, budgets and dates come back in every deck.
 */
interface CachedFormat {
  formatter: Intl.NumberFormat;
  format(value: number): string;
}

const numberFormats = new Map<string, CachedFormat>();
/** Answers kept per formatter; past that they start afresh. */
const MAX_ANSWERS = 512;

function numberFormat(key: string, locale: string, options: () => Intl.NumberFormatOptions): CachedFormat {
  let cached = numberFormats.get(key);
  if (!cached) numberFormats.set(key, (cached = cachedFormat(new Intl.NumberFormat(locale, options()))));
  return cached;
}

function cachedFormat(formatter: Intl.NumberFormat): CachedFormat {
  let answers = new Map<number, string>();
  return {
    formatter,
    format(value) {
      // -0 and 0 are one Map key but may format differently ("-0"): -0 is never looked up.
      if (Object.is(value, -0)) return formatter.format(value);
      let text = answers.get(value);
      if (text === undefined) {
        text = formatter.format(value);
        if (answers.size >= MAX_ANSWERS) answers = new Map();
        answers.set(value, text);
      }
      return text;
    },
  };
}

/** `1 234,5` (fr, U+202F groups) / `1,234.5` (en). */
export function formatNumber(value: number, locale: string, opts: { maxFractionDigits?: number } = {}): string {
  const digits = opts.maxFractionDigits ?? 2;
  return numberFormat(`number|${locale}|${digits}`, locale, () => ({ maximumFractionDigits: digits })).format(value);
}

/** Exactly `decimals` decimals, for axis labels that must line up: `1,90` / `1.90`. */
export function formatFixed(value: number, locale: string, decimals: number): string {
  return numberFormat(`fixed|${locale}|${decimals}`, locale, () => ({ minimumFractionDigits: decimals, maximumFractionDigits: decimals })).format(value);
}

/** A whole amount with its currency: `40 000 €` / `€40,000`; cents only when the amount has some. */
export function formatCurrency(amount: number, locale: string, currency: string): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return numberFormat(`currency|${locale}|${currency}|${digits}`, locale, () => ({
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })).format(amount);
}

export type AmountScale = "auto" | "unit" | "k" | "M";

const SCALE_DIVISOR = { unit: 1, k: 1e3, M: 1e6 } as const;

function pickScale(amount: number): "unit" | "k" | "M" {
  const abs = Math.abs(amount);
  if (abs >= 1e6) return "M";
  if (abs >= 1e3) return "k";
  return "unit";
}

/**
 * A short amount for titles and tables: `1,9 M€` / `€1.9M`, `1 234,5 k€` / `€1,234.5k`.
 * Intl's compact notation writes `1,9 M €` in French; consultants write `M€`, so
 * the scale letter is glued to the currency symbol, wherever the locale puts it.
 */
export function formatCompactAmount(
  amount: number,
  locale: string,
  currency: string,
  opts: { scale?: AmountScale } = {},
): string {
  const scale = !opts.scale || opts.scale === "auto" ? pickScale(amount) : opts.scale;
  const parts = numberFormat(`compact|${locale}|${currency}`, locale, () => ({
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  })).formatter.formatToParts(amount / SCALE_DIVISOR[scale]);
  if (scale === "unit") return parts.map((p) => p.value).join("");
  const currencyAt = parts.findIndex((p) => p.type === "currency");
  const lastDigitAt = parts.map((p) => p.type).lastIndexOf(parts.some((p) => p.type === "fraction") ? "fraction" : "integer");
  const symbolIsWord = /^[A-Za-z]/.test(parts[currencyAt]?.value ?? "");
  return parts
    .map((p, i) => {
      if (currencyAt > lastDigitAt && i === currencyAt) return symbolIsWord ? `${scale}\u00a0${p.value}` : `${scale}${p.value}`;
      if (currencyAt < lastDigitAt && i === lastDigitAt) return `${p.value}${scale}`;
      return p.value;
    })
    .join("");
}

/** A fraction as a percentage with the locale's spacing: `350 %` (fr) / `350%` (en). */
export function formatPercent(
  fraction: number,
  locale: string,
  opts: { signed?: boolean; maxFractionDigits?: number } = {},
): string {
  const digits = opts.maxFractionDigits ?? 0;
  const sign = opts.signed ? "exceptZero" : "auto";
  return numberFormat(`percent|${locale}|${digits}|${sign}`, locale, () => ({
    style: "percent",
    maximumFractionDigits: digits,
    signDisplay: sign,
  })).format(fraction);
}

/** A value with a free-text unit from the plan: `1,91 M€`, `4,8 %` / `4.8%`, `24,1 €`. */
export function formatQuantity(value: number, locale: string, unit?: string): string {
  const number = formatNumber(value, locale);
  if (!unit) return number;
  // English glues the percent sign; every other unit is separated by a no-break space.
  if (unit === "%" && !locale.startsWith("fr")) return `${number}%`;
  return `${number}\u00a0${unit}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `2027-01-15` to `15 janv. 2027` / `Jan 15, 2027` / `15 Jan 2027`, with no time-zone shift. */
export function formatDate(iso: string, locale: string): string {
  // Due dates recur on every slide and in both decks of a plan: answers are kept per locale.
  let answers = dateAnswers.get(locale);
  if (!answers || answers.size >= MAX_ANSWERS) dateAnswers.set(locale, (answers = new Map()));
  let text = answers.get(iso);
  if (text === undefined) answers.set(iso, (text = formatDateNow(iso, locale)));
  return text;
}

const dateAnswers = new Map<string, Map<string, string>>();

function formatDateNow(iso: string, locale: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  // Building a DateTimeFormat costs far more than formatting with it: one per locale.
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" })));
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** `2026-Q4` to `T4 2026` (fr, trimestre) / `Q4 2026` (en). */
export function formatPeriodLabel(period: string, language: Language): string {
  const [year, quarter] = period.split("-Q");
  return `${language === "fr" ? "T" : "Q"}${quarter} ${year}`;
}

/** Seconds since the epoch to `YYYY-MM-DD` in UTC. */
export function isoDateOfTimestamp(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}
