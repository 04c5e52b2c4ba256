import { describe, expect, it } from "vitest";
import { calendarProblem, periodEnd, quarterOf } from "../../src/plan/dates.js";

describe("calendarProblem", () => {
  it("accepts real dates, leap days included", () => {
    expect(calendarProblem("2026-12-31")).toBeUndefined();
    expect(calendarProblem("2028-02-29")).toBeUndefined();
    expect(calendarProblem("2000-02-29")).toBeUndefined();
  });
  it("refuses impossible ones with the reason", () => {
    expect(calendarProblem("2027-02-29")).toBe("`2027-02-29` is not a real date: February 2027 has 28 days");
    expect(calendarProblem("1900-02-29")).toContain("has 28 days");
    expect(calendarProblem("2026-04-31")).toContain("April 2026 has 30 days");
    expect(calendarProblem("2026-13-01")).toContain("no month 13");
    expect(calendarProblem("2026-00-10")).toContain("no month 0");
    expect(calendarProblem("2026-01-00")).toContain("January 2026 has 31 days");
  });
});

describe("periodEnd", () => {
  it("gives the last day of each quarter", () => {
    expect(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"].map(periodEnd)).toEqual(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]);
  });
});

describe("quarterOf", () => {
  it("maps months to quarters in UTC", () => {
    expect(quarterOf(new Date("2026-03-31T23:59:59Z"))).toBe("2026-Q1");
    expect(quarterOf(new Date("2026-10-01T00:00:00Z"))).toBe("2026-Q4");
  });
});
