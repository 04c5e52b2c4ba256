// How a batch shows itself while it runs. On a terminal: one progress line
// redrawn in place. Anywhere else (CI logs, pipes): one plain line per plan,
// because carriage returns turn logs into noise.
import type { BatchReporter, PlanReport } from "./report.js";

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Lines every reporter prints for a plan: failures, reminders, warnings. */
function detailLines(r: PlanReport): string[] {
  const lines: string[] = [];
  if (r.status === "failed") for (const e of r.errors) lines.push(`FAILED ${e}`);
  // Loader diagnostics already say `warning:`; plain strings get the word.
  for (const w of r.warnings) lines.push(/\bwarning\b/.test(w) ? w : `warning: ${w}`);
  if (r.reminder) lines.push(`note   ${r.plan}: ${r.reminder}`);
  return lines;
}

export function planLine(r: PlanReport): string | undefined {
  if (r.status === "built") {
    const also = r.skipped ? `, ${r.skipped} unchanged` : "";
    return `built  ${r.plan}  ${r.built} file${r.built === 1 ? "" : "s"}${also}  ${(r.seconds ?? 0).toFixed(2)} s`;
  }
  if (r.status === "skipped") return `same   ${r.plan}  ${r.skipped} files unchanged`;
  return undefined;
}

export function lineReporter(out: ProgressStream): BatchReporter {
  return {
    start() {},
    planDone(r) {
      const line = planLine(r);
      for (const l of [...(line ? [line] : []), ...detailLines(r)]) out.write(l + "\n");
    },
    finish() {},
  };
}

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--";
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/** The single redrawn line: bar, done/total, files/s, ETA, last account. */
export function progressLine(p: { done: number; total: number; files: number; seconds: number; account?: string; width: number }): string {
  const barWidth = 20;
  const filled = p.total ? Math.round((p.done / p.total) * barWidth) : barWidth;
  const rate = p.seconds > 0 ? p.files / p.seconds : 0;
  const eta = p.done > 0 ? (p.seconds / p.done) * (p.total - p.done) : Infinity;
  const text = `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${p.done}/${p.total} plans  ${rate.toFixed(1)} files/s  ETA ${formatEta(eta)}  ${p.account ?? ""}`;
  return text.length > p.width - 1 ? text.slice(0, p.width - 1) : text;
}

export function ttyReporter(out: ProgressStream, now: () => number = () => performance.now()): BatchReporter {
  let total = 0, done = 0, files = 0, started = 0, lastDraw = -Infinity;
  let account: string | undefined;
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - lastDraw < 100) return; // redraw at most 10 times a second
    lastDraw = t;
    const line = progressLine({ done, total, files, seconds: (t - started) / 1000, account, width: out.columns ?? 80 });
    out.write(`\r\x1b[2K${line}`);
  };
  return {
    start(n) { total = n; started = now(); draw(true); },
    planDone(r) {
      done++;
      files += r.built;
      account = r.account;
      const details = detailLines(r);
      if (details.length) out.write(`\r\x1b[2K${details.join("\n")}\n`);
      draw(details.length > 0 || done === total);
    },
    finish() { out.write("\r\x1b[2K"); },
  };
}

/** A terminal gets the redrawn bar unless CI is set (CI terminals are logs). */
export function chooseReporter(out: ProgressStream, env: NodeJS.ProcessEnv): BatchReporter {
  return out.isTTY && !env.CI ? ttyReporter(out) : lineReporter(out);
}
