// Every bad fixture gives exactly the expected diagnostics, at the expected
// line:col and field: the promise `kamdeck validate` makes to its users.
import { describe, expect, it } from "vitest";
import { loadPlanFile } from "../../src/plan/load.js";
import { formatDiagnostic } from "../../src/plan/diagnostic.js";

const BAD = "test/fixtures/bad";

async function errorsOf(name: string) {
  const result = await loadPlanFile(`${BAD}/${name}`);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** [fixture, [line:col, path, message fragment][] ] */
const CASES: Array<[string, Array<[string, string, string]>]> = [
  ["unknown-key.yaml", [["9:5", "actions[0].confidental", "unknown key `confidental`: did you mean `confidential`?"]]],
  ["bad-status.yaml", [["9:13", "actions[0].status", "expected one of planned, in_progress, done, blocked, cancelled: did you mean `in_progress`?"]]],
  ["unknown-reports-to.yaml", [["13:17", "stakeholders[1].reports_to", "unknown stakeholder `cmartn`: did you mean `cmartin`?"]]],
  ["reporting-cycle.yaml", [["8:17", "stakeholders[0].reports_to", "reporting cycle: Alice Stone -> Bob Lane -> Carla Diaz -> Alice Stone"]]],
  ["impossible-date.yaml", [["8:10", "actions[0].due", "`2027-02-30` is not a real date: February 2027 has 28 days"]]],
  ["bad-period.yaml", [["2:9", "period", "YYYY-Qn"]]],
  ["negative-budget.yaml", [["8:13", "objectives[0].budget", "cannot be negative"]]],
  ["trend-percent.yaml", [["8:14", "account.market[0].trend", "trend is a fraction"]]],
  ["duplicate-ids.yaml", [["8:9", "objectives[1].id", "duplicate objective id `growth`"]]],
  ["duplicate-key.yaml", [["6:3", "account.sector", "duplicate key `sector` at line 6, first defined at line 5"]]],
  ["tabs.yaml", [["4:1", "", "a tab is used for indentation"]]],
  ["empty.yaml", [["1:1", "", "the file is empty"]]],
  ["explicit-tag.yaml", [["5:29", "account.client_since", "explicit YAML tags such as `!!timestamp` are not accepted"]]],
  ["directive.yaml", [["1:1", "", "YAML directives such as `%TAG` are not accepted"]]],
  ["two-documents.yaml", [["5:1", "", "one YAML document"]]],
  ["alias-bomb.yaml", [["1:1", "", "alias bomb"]]],
  ["missing-owner.yaml", [["6:5", "actions[0].owner", "missing required field `owner`"]]],
  [
    "unknown-objective.yaml",
    [
      ["9:16", "solution[0].objective", "unknown objective `beaute-visag`: did you mean `beaute-visage`?"],
      ["12:16", "actions[0].objective", "unknown objective `fidelity` (known: beaute-visage)"],
    ],
  ],
  ["logo-url.yaml", [["5:9", "account.logo", "is a URL: kamdeck never fetches anything"]]],
  ["logo-outside.yaml", [["5:9", "account.logo", "outside the plan's folder"]]],
  ["logo-not-image.yaml", [["5:9", "account.logo", "is not a PNG or JPEG image"]]],
];

describe("bad plans: one diagnostic per problem, at the offending node", () => {
  for (const [fixture, expected] of CASES) {
    it(fixture, async () => {
      const errors = await errorsOf(fixture);
      expect(errors.map((e) => [`${e.line}:${e.col}`, e.path])).toEqual(expected.map(([pos, path]) => [pos, path]));
      errors.forEach((e, i) => {
        expect(e.message).toContain(expected[i][2]);
        expect(e.severity).toBe("error");
        expect(e.file).toBe(`${BAD}/${fixture}`);
      });
    });
  }
});

describe("all errors of a file are reported, not only the first", () => {
  it("many-errors.yaml", async () => {
    const errors = await errorsOf("many-errors.yaml");
    expect(errors.map((e) => `${e.line}:${e.col} ${e.path}`)).toEqual([
      "1:7 plan",
      "3:11 currency",
      "6:3 account.sectr",
      "8:9 objectives[0].id",
      "13:10 actions[0].due",
      "14:13 actions[0].status",
    ]);
    expect(errors[2].suggestion).toBe("sector");
  });
});

describe("cross-field rules run even when the schema fails", () => {
  it("schema-and-rules.yaml", async () => {
    const errors = await errorsOf("schema-and-rules.yaml");
    expect(errors.map((e) => `${e.line}:${e.col} ${e.path} ${e.message}`)).toEqual([
      "5:3 account.sectr unknown key `sectr`: did you mean `sector`?",
      "9:17 stakeholders[0].reports_to unknown stakeholder `ceo` (known: buyer)",
      "13:9 stakeholders[1].id duplicate stakeholder id `buyer` (already used by stakeholders[0])",
      "16:13 stakeholders[1].stance expected one of champion, ally, neutral, detractor: did you mean `ally`?",
    ]);
  });
});

describe("suggestions are data too", () => {
  it("carries the suggested key, id and enum value", async () => {
    expect((await errorsOf("unknown-key.yaml"))[0].suggestion).toBe("confidential");
    expect((await errorsOf("bad-status.yaml"))[0].suggestion).toBe("in_progress");
    expect((await errorsOf("unknown-reports-to.yaml"))[0].suggestion).toBe("cmartin");
  });
});

describe("formatDiagnostic", () => {
  it("prints file:line:col  path  message", async () => {
    const [d] = await errorsOf("unknown-key.yaml");
    expect(formatDiagnostic(d)).toBe(
      "test/fixtures/bad/unknown-key.yaml:9:5  actions[0].confidental  unknown key `confidental`: did you mean `confidential`?",
    );
  });
});

describe("files that are not plans", () => {
  it("an unreadable path is an error of that file", async () => {
    const result = await loadPlanFile(`${BAD}/does-not-exist.yaml`);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.errors[0].message).toBe("cannot read: no such file");
  });

  it("a folder is an error, not a crash", async () => {
    const result = await loadPlanFile(BAD);
    expect(result.ok ? "" : result.errors[0].message).toContain("is a folder");
  });
});
