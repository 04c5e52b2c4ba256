// The human summary at the end of a batch.
import type { BatchSummary } from "./report.js";

export function summaryText(s: BatchSummary): string {
  const c = s.counts;
  const lines = [
    `${c.built} built (${c.filesWritten} files), ${c.skipped} skipped (unchanged), ${c.failed} failed, ${c.warnings} warning${c.warnings === 1 ? "" : "s"}` +
      `  in ${s.timing.wallSeconds.toFixed(2)} s (${s.timing.filesPerSecond.toFixed(1)} files/s)`,
  ];
  if (c.skipped && !c.built && !c.failed) lines.push("everything is up to date; use --force to rebuild");
  for (const p of s.plans.filter((x) => x.status === "failed")) {
    lines.push(`  failed  ${firstLine(p.errors[0] ?? `${p.plan}: unknown error`)}`);
  }
  lines.push(`manifest: ${s.manifest}`);
  return lines.join("\n") + "\n";
}

function firstLine(text: string): string {
  return text.split("\n")[0];
}
