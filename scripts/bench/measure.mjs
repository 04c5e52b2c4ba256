// Runs the real CLI as a child process and measures it from outside: wall
// time, and peak resident memory polled from /proc every 50 ms: the sum of the
// resident sets of the process and of every process below it (worker threads
// share their process's; a relaunched or forked child counts too), and the
// process's own VmHWM, which catches a peak between two polls. With --json,
// the batch's own per-plan timings come back too.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";

function statusKiB(pid, field) {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The pids below `pid`, from /proc/<pid>/task/<tid>/children (Linux). */
function descendants(pid) {
  const found = [];
  const walk = (p) => {
    let tids = [];
    try { tids = readdirSync(`/proc/${p}/task`); } catch { return; }
    for (const tid of tids) {
      let children = "";
      try { children = readFileSync(`/proc/${p}/task/${tid}/children`, "utf8"); } catch { continue; }
      for (const c of children.split(" ").filter(Boolean).map(Number)) {
        found.push(c);
        walk(c);
      }
    }
  };
  walk(pid);
  return found;
}

function treeRssKiB(pid) {
  return [pid, ...descendants(pid)].reduce((sum, p) => sum + statusKiB(p, "VmRSS"), 0);
}

export function runCli(node, args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(node, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let peakKiB = 0;
    const poll = setInterval(() => { peakKiB = Math.max(peakKiB, treeRssKiB(child.pid), statusKiB(child.pid, "VmHWM")); }, 50);
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
