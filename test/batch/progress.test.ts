import { describe, expect, it } from "vitest";
import { chooseReporter, lineReporter, progressLine, ttyReporter } from "../../src/batch/progress.js";
import type { PlanReport } from "../../src/batch/report.js";

const built: PlanReport = { plan: "samples/maison-doree.yaml", account: "Maison Dorée", status: "built", files: [], built: 4, skipped: 0, seconds: 0.213, errors: [], warnings: [] };
const failed: PlanReport = { plan: "samples/bad.yaml", status: "failed", files: [], built: 0, skipped: 0, errors: ["samples/bad.yaml:3:5  account.name  expected a string"], warnings: [] };

function sink(isTTY = false) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 100, write: (t: string) => chunks.push(t) } };
}

describe("plain progress", () => {
  it("prints one line per plan and FAILED lines with the position", () => {
    const s = sink();
    const r = lineReporter(s.stream);
    r.start(2);
    r.planDone(built);
    r.planDone({ ...failed });
    expect(s.chunks.join("")).toBe("built  samples/maison-doree.yaml  4 files  0.21 s\nFAILED samples/bad.yaml:3:5  account.name  expected a string\n");
  });
});

describe("terminal progress", () => {
  it("draws done/total, files/s, ETA and the account, within the terminal width", () => {
    const line = progressLine({ done: 50, total: 200, files: 200, seconds: 10, account: "Maison Dorée", width: 100 });
    expect(line).toContain("50/200 plans");
    expect(line).toContain("20.0 files/s");
    expect(line).toContain("ETA 30 s");
    expect(line).toContain("Maison Dorée");
    expect(progressLine({ done: 1, total: 2, files: 4, seconds: 1, account: "x".repeat(300), width: 60 }).length).toBeLessThan(60);
  });

  it("redraws in place and prints failures above the bar", () => {
    let t = 0;
    const s = sink(true);
    const r = ttyReporter(s.stream, () => (t += 1000));
    r.start(2);
    r.planDone(failed);
    r.planDone(built);
    r.finish();
    const out = s.chunks.join("");
    expect(out).toContain("\r\x1b[2K");
    expect(out).toContain("FAILED samples/bad.yaml:3:5");
    expect(out.endsWith("\r\x1b[2K")).toBe(true);
    expect(out).not.toContain("built  samples");
  });

  it("is used on a TTY unless CI is set", () => {
    const tty = sink(true);
    chooseReporter(tty.stream, {}).planDone(built);
    expect(tty.chunks.join("")).not.toContain("built  ");
    const ci = sink(true);
    chooseReporter(ci.stream, { CI: "true" }).planDone(built);
    expect(ci.chunks.join("")).toContain("built  samples/maison-doree.yaml");
  });
});
