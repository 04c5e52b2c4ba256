import { describe, expect, it } from "vitest";
import { addDays, addMonths, nextDates, nextQuarterStart, parseInterval, periodEnd } from "../../src/deck/dates.js";

describe("calendar arithmetic", () => {
  it("adds days across months and years", () => {
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("adds months, clamping to the month's last day", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2027-01-20", 12)).toBe("2028-01-20");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
  });

  it("parses intervals singular and plural", () => {
    expect(parseInterval("2 weeks")).toEqual({ count: 2, unit: "week" });
    expect(parseInterval("1 quarter")).toEqual({ count: 1, unit: "quarter" });
  });

  it("gives the next three dates of a rhythm from its anchor, without drift", () => {
    expect(nextDates("2027-01-20", parseInterval("2 weeks"))).toEqual(["2027-01-20", "2027-02-03", "2027-02-17"]);
    expect(nextDates("2027-01-31", parseInterval("1 month"))).toEqual(["2027-01-31", "2027-02-28", "2027-03-31"]);
    expect(nextDates("2027-01-01", parseInterval("1 quarter"))).toEqual(["2027-01-01", "2027-04-01", "2027-07-01"]);
    expect(nextDates("2027-01-01", parseInterval("3 days"), 2)).toEqual(["2027-01-01", "2027-01-04"]);
  });

  it("knows where a quarter ends and the next begins", () => {
    expect(periodEnd("2026-Q4")).toBe("2026-12-31");
    expect(periodEnd("2027-Q1")).toBe("2027-03-31");
    expect(periodEnd("2028-Q2")).toBe("2028-06-30");
    expect(nextQuarterStart("2026-Q4")).toBe("2027-01-01");
    expect(nextQuarterStart("2027-Q3")).toBe("2027-10-01");
  });
});
