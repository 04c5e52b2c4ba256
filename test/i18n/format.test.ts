import { describe, expect, it } from "vitest";
import {
  formatCompactAmount,
  formatCurrency,
  formatDate,
  formatFixed,
  formatNumber,
  formatPercent,
  formatPeriodLabel,
  formatQuantity,
  isoDateOfTimestamp,
  localeFor,
} from "../../src/i18n/format.js";

// Intl's French spacing, spelled out so a regression to plain spaces fails.
const NNBSP = "\u202f"; // narrow no-break space: digit groups
const NBSP = "\u00a0"; // no-break space: before units, currency and %

describe("localeFor", () => {
  it("maps fr to fr-FR and en to en-US, en-GB for pounds", () => {
    expect(localeFor("fr", "EUR")).toBe("fr-FR");
    expect(localeFor("en", "EUR")).toBe("en-US");
    expect(localeFor("en", "GBP")).toBe("en-GB");
    expect(localeFor("fr", "GBP")).toBe("fr-FR");
  });
});

describe("formatNumber", () => {
  it("groups and separates decimals per locale", () => {
    expect(formatNumber(1234.5, "fr-FR")).toBe(`1${NNBSP}234,5`);
    expect(formatNumber(1234.5, "en-US")).toBe("1,234.5");
    expect(formatNumber(1200000, "fr-FR")).toBe(`1${NNBSP}200${NNBSP}000`);
  });
});

describe("formatCurrency", () => {
  it("writes whole amounts without cents and keeps cents when present", () => {
    expect(formatCurrency(40000, "fr-FR", "EUR")).toBe(`40${NNBSP}000${NBSP}€`);
    expect(formatCurrency(40000, "en-US", "EUR")).toBe("€40,000");
    expect(formatCurrency(12.5, "en-US", "USD")).toBe("$12.50");
    expect(formatCurrency(40000, "en-GB", "GBP")).toBe("£40,000");
  });
});

describe("formatCompactAmount", () => {
  it("glues the scale to the currency symbol in French and to the number in English", () => {
    expect(formatCompactAmount(1900000, "fr-FR", "EUR")).toBe(`1,9${NBSP}M€`);
    expect(formatCompactAmount(1900000, "en-US", "EUR")).toBe("€1.9M");
    expect(formatCompactAmount(1234500, "fr-FR", "EUR", { scale: "k" })).toBe(`1${NNBSP}234,5${NBSP}k€`);
    expect(formatCompactAmount(1234500, "en-US", "EUR", { scale: "k" })).toBe("€1,234.5k");
  });

  it("picks k under a million and the plain amount under a thousand", () => {
    expect(formatCompactAmount(40000, "fr-FR", "EUR")).toBe(`40${NBSP}k€`);
    expect(formatCompactAmount(40000, "en-GB", "GBP")).toBe("£40k");
    expect(formatCompactAmount(950, "en-US", "USD")).toBe("$950");
  });

  it("keeps a space before a currency written as letters", () => {
    expect(formatCompactAmount(2500000, "fr-FR", "CHF")).toBe(`2,5${NBSP}M${NBSP}CHF`);
  });
});

describe("formatPercent", () => {
  it("uses the locale's spacing and an explicit sign for trends", () => {
    expect(formatPercent(0.04, "fr-FR", { signed: true })).toBe(`+4${NBSP}%`);
    expect(formatPercent(0.04, "en-US", { signed: true })).toBe("+4%");
    expect(formatPercent(-0.02, "fr-FR", { signed: true })).toBe(`-2${NBSP}%`);
    expect(formatPercent(3.5, "fr-FR")).toBe(`350${NBSP}%`);
    expect(formatPercent(3.5, "en-US")).toBe("350%");
  });
});

describe("formatQuantity", () => {
  it("writes the plan's unit after the number", () => {
    expect(formatQuantity(1.91, "fr-FR", "M€")).toBe(`1,91${NBSP}M€`);
    expect(formatQuantity(4.8, "fr-FR", "%")).toBe(`4,8${NBSP}%`);
    expect(formatQuantity(4.8, "en-US", "%")).toBe("4.8%");
    expect(formatQuantity(2, "en-US")).toBe("2");
  });
});

describe("formatDate", () => {
  it("formats without any time-zone shift", () => {
    expect(formatDate("2027-01-15", "fr-FR")).toBe("15 janv. 2027");
    expect(formatDate("2027-01-15", "en-US")).toBe("Jan 15, 2027");
    expect(formatDate("2027-01-15", "en-GB")).toBe("15 Jan 2027");
    expect(formatDate("2026-12-31", "en-US")).toBe("Dec 31, 2026");
  });
});

describe("period labels and timestamps", () => {
  it("names quarters T in French and Q in English", () => {
    expect(formatPeriodLabel("2026-Q4", "fr")).toBe("T4 2026");
    expect(formatPeriodLabel("2027-Q1", "en")).toBe("Q1 2027");
  });

  it("turns epoch seconds into a UTC date", () => {
    expect(isoDateOfTimestamp(0)).toBe("1970-01-01");
    expect(isoDateOfTimestamp(1795000000)).toBe("2026-11-18");
  });
});

describe("formatFixed", () => {
  it("always writes the asked decimals, with the locale's separator", () => {
    expect(formatFixed(1.9, "fr-FR", 2)).toBe("1,90");
    expect(formatFixed(1.9, "en-US", 2)).toBe("1.90");
    expect(formatFixed(12, "en-US", 0)).toBe("12");
  });
});
