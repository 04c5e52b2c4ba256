// Runs the real CLI as a child process and measures it from outside: wall
// time, and peak resident memory (VmHWM of the process: worker threads share
// it) polled from /proc, with --json for the batch's own per-plan timings.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

function vmHwmKiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function runCli(node, args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(node, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let peakKiB = 0;
    const poll = setInterval(() => { peakKiB = Math.max(peakKiB, vmHwmKiB(child.pid)); }, 50);
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(poll);
      const wallSeconds = (performance.now() - started) / 1000;
      let summary;
      try { summary = JSON.parse(stdout); } catch { summary = undefined; }
      // The process's own maxRSS (reported in --json) catches a peak between two polls.
      const reported = summary?.memory?.maxRssBytes ?? 0;
      resolve({ code, wallSeconds, peakBytes: Math.max(peakKiB * 1024, reported), summary, stderr });
    });
  });
}
