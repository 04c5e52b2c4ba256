#!/usr/bin/env node
// Single-thread timing of the pipeline stages on the sample plans plus a synthetic
// portfolio, from dist/ (run `npm run build` first). Profile it with
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-pipeline.mjs
// then summarise with scripts/summarise-cpuprofile.mjs.
// Usage: node scripts/profile-pipeline.mjs [--rounds N] [--synthetic N] [--warmup N]
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generatePortfolio } from "./bench/generate-portfolio.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = (p) => import(pathToFileURL(path.join(root, "dist", p)).href);
const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    synthetic: { type: "string", default: "24" },
    warmup: { type: "string", default: "1" },
  },
});

const { loadPlanFile } = await dist("plan/load.js");
const { loadTheme } = await dist("theme/load.js");
const { discoverPlans } = await dist("plan/portfolio.js");
const { toView } = await dist("view/to-view.js");
const { composeDeck } = await dist("deck/compose.js");
const { layoutDeck } = await dist("layout/layout-deck.js");
const { renderPptx } = await dist("render/pptx/render-pptx.js");
const { renderPdf } = await dist("render/pdf/render-pdf.js");

const samples = [path.join(root, "samples/maison-doree.yaml"), path.join(root, "samples/northwind-robotics.yaml")];
const portfolioDir = path.join(root, "samples/portfolio");
for (const f of readdirSync(portfolioDir)) if (f.endsWith(".yaml") && f !== "portfolio.yaml") samples.push(path.join(portfolioDir, f));
const work = mkdtempSync(path.join(os.tmpdir(), "kamdeck-profile-"));
const synthetic = generatePortfolio(path.join(work, "portfolio"), { count: Number(values.synthetic) });
const discovery = await discoverPlans([...samples, path.join(work, "portfolio")]);
const files = discovery.plans;
if (files.length !== samples.length + synthetic.length) throw new Error(`discovered ${files.length} plans`);

const theme = await loadTheme("default");
if (!theme.ok) throw new Error("default theme does not load");
const stages = ["load", "view", "compose", "layout", "pptx", "pdf"];
const times = Object.fromEntries(stages.map((s) => [s, []]));
const planTimes = [];

// CPU time (user + system, all threads) in ms: steadier than wall time on a shared machine.
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const clock = process.env.WALL ? () => performance.now() : cpuNow;

async function runPlan({ file, root, defaults }, record) {
  const t = [clock()];
  const loaded = await loadPlanFile(file, { root, defaults });
  if (!loaded.ok) throw new Error(`${file}: ${loaded.errors[0]?.message}`);
  t.push(clock());
  const add = (stage, ms) => record && times[stage].push(ms);
  add("load", t[1] - t[0]);
  for (const audience of ["internal", "client"]) {
    let a = clock();
    const view = toView(loaded.plan, audience, { planFile: file });
    let b = clock(); add("view", b - a); a = b;
    const deck = composeDeck(view, { timestamp: 1790000000 });
    b = clock(); add("compose", b - a); a = b;
    const layout = layoutDeck(deck, { theme: theme.theme, themeDir: theme.dir });
    b = clock(); add("layout", b - a); a = b;
    await renderPptx(layout);
    b = clock(); add("pptx", b - a); a = b;
    await renderPdf(layout);
    b = clock(); add("pdf", b - a);
  }
  if (record) planTimes.push(clock() - t[0]);
}

// Time spent in GC pauses on the main thread, by kind (scavenge, mark-compact...).
const { PerformanceObserver, constants } = await import("node:perf_hooks");
const gcKinds = { [constants.NODE_PERFORMANCE_GC_MINOR]: "minor", [constants.NODE_PERFORMANCE_GC_MAJOR]: "major", [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental", [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weakcb" };
const gc = {};
let gcOn = false;
new PerformanceObserver((list) => {
  if (!gcOn) return;
  for (const e of list.getEntries()) {
    const k = gcKinds[e.detail?.kind ?? e.kind] ?? "other";
    gc[k] = gc[k] ?? { n: 0, ms: 0 };
    gc[k].n++;
    gc[k].ms += e.duration;
  }
}).observe({ entryTypes: ["gc"] });

for (let w = 0; w < Number(values.warmup); w++) for (const f of files) await runPlan(f, false);
const cpu0 = process.cpuUsage();
gcOn = true;
const wall0 = performance.now();
for (let r = 0; r < Number(values.rounds); r++) for (const f of files) await runPlan(f, true);
const wall = (performance.now() - wall0) / 1000;
const cpu = process.cpuUsage(cpu0);

const median = (xs) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const mean = (xs) => xs.reduce((x, y) => x + y, 0) / xs.length;
console.log(`${files.length} plans x ${values.rounds} rounds, node ${process.version}`);
console.log(`stage      median ms   mean ms   (${process.env.WALL ? "wall" : "CPU"} time; per audience, load per plan)`);
for (const s of stages) console.log(`${s.padEnd(10)} ${median(times[s]).toFixed(2).padStart(9)} ${mean(times[s]).toFixed(2).padStart(9)}`);
console.log(`plan (4 files) median ${median(planTimes).toFixed(1)} ms, mean ${mean(planTimes).toFixed(1)} ms`);
console.log(`CPU ${(cpu.user + cpu.system) / 1e6} s for ${planTimes.length} plans, wall ${wall.toFixed(2)} s, ${(((cpu.user + cpu.system) / 1e3) / planTimes.length).toFixed(1)} ms CPU per plan`);
await new Promise((r) => setTimeout(r, 50));
console.log(`GC pauses: ${Object.entries(gc).map(([k, v]) => `${k} ${v.n}x ${v.ms.toFixed(0)} ms`).join(", ")}`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
rmSync(work, { recursive: true, force: true });
