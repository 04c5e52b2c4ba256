#!/usr/bin/env node
// Summarises a V8 .cpuprofile: self and total time per function and per file, top N.
// Usage: node scripts/summarise-cpuprofile.mjs <file.cpuprofile> [--top 40] [--filter substring]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "40" }, filter: { type: "string" } } });
const profile = JSON.parse(readFileSync(positionals[0], "utf8"));
const top = Number(values.top);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample durations: timeDeltas[i] is the time before sample i (microseconds).
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
}
const shortUrl = (u) => (u || "(native)").replace(/^file:\/\//, "").replace(/.*node_modules\//, "nm/").replace(/.*\/dist\//, "dist/");
const fnKey = (n) => `${n.callFrame.functionName || "(anon)"}  ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const fileKey = (n) => shortUrl(n.callFrame.url);

function tally(keyOf) {
  const self = new Map();
  const total = new Map();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    const k = keyOf(node);
    self.set(k, (self.get(k) ?? 0) + us);
    // Total: count each key once per stack, however often it recurses.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = keyOf(byId.get(cur));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }
  return { self, total };
}
const all = [...selfUs.values()].reduce((a, b) => a + b, 0);
const pct = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%`;
function print(title, { self, total }, order) {
  console.log(`\n== ${title} by ${order} time (of ${(all / 1000).toFixed(0)} ms) ==`);
  const rows = [...(order === "self" ? self : total)].filter(([k]) => !values.filter || k.includes(values.filter));
  rows.sort((a, b) => b[1] - a[1]);
  for (const [k, us] of rows.slice(0, top)) {
    const other = order === "self" ? total.get(k) : self.get(k);
    console.log(`${pct(us)}  (${order === "self" ? "total" : "self"} ${(other / 1000).toFixed(0)} ms)  ${k}`);
  }
}
const files = tally(fileKey);
const fns = tally(fnKey);
print("files", files, "self");
print("functions", fns, "self");
print("functions", fns, "total");
