// The formatters remember their answers: a remembered answer must be what Intl
// itself says, -0 included (one Map key with 0, yet "-0" when formatted).
import { describe, expect, it } from "vitest";
import { formatCurrency, formatDate, formatFixed, formatNumber, formatPercent } from "../../src/i18n/format.js";

describe("remembered formatting", () => {
  it("answers like a fresh Intl formatter, the first time and the next", () => {
    for (const locale of ["fr-FR", "en-US"]) {
      for (const v of [0, 1.5, 1234.5, -12, 1e9]) {
        const fixed = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
        expect(formatFixed(v, locale, 1)).toBe(fixed);
        expect(formatFixed(v, locale, 1)).toBe(fixed);
        expect(formatNumber(v, locale)).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v));
      }
    }
  });

  it("keeps -0 apart from 0", () => {
    const minusZero = new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(-0);
    expect(formatFixed(0, "en-US", 0)).toBe("0");
    expect(formatFixed(-0, "en-US", 0)).toBe(minusZero);
    expect(formatFixed(0, "en-US", 0)).toBe("0");
  });

  it("keeps options apart", () => {
    expect(formatPercent(0.04, "en-US", { signed: true })).toBe("+4%");
    expect(formatPercent(0.04, "en-US")).toBe("4%");
    expect(formatCurrency(40000, "en-US", "EUR")).toBe("€40,000");
    expect(formatCurrency(40000, "en-US", "USD")).toBe("$40,000");
  });

  it("formats dates per locale", () => {
    expect(formatDate("2027-01-15", "en-US")).toBe("Jan 15, 2027");
    expect(formatDate("2027-01-15", "en-GB")).toBe("15 Jan 2027");
    expect(formatDate("2027-01-15", "en-US")).toBe("Jan 15, 2027");
  });
});
