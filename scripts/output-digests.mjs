#!/usr/bin/env node
// Prints a sha256 per output (sample plans x audiences x formats) from dist/, so a
// performance change can be checked for byte-identical output:
//   node scripts/output-digests.mjs > before.txt; (change, build); node scripts/output-digests.mjs | diff before.txt -
// Covers every sample in both bundled themes plus a synthetic portfolio
// (--synthetic N accounts, default 40, same seed every time, so the bench's
// shapes are covered too). --write DIR also keeps the files for a closer look.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = (p) => import(pathToFileURL(path.join(root, "dist", p)).href);
const { values } = parseArgs({ options: { write: { type: "string" }, synthetic: { type: "string", default: "40" } } });
const { generatePortfolio } = await import("./bench/generate-portfolio.mjs");
const { loadPlanFile } = await dist("plan/load.js");
const { loadTheme } = await dist("theme/load.js");
const { discoverPlans } = await dist("plan/portfolio.js");
const { buildDeck } = await dist("build-deck.js");

const samples = ["samples/maison-doree.yaml", "samples/northwind-robotics.yaml", "samples/portfolio"].map((p) => path.join(root, p));
const work = mkdtempSync(path.join(os.tmpdir(), "kamdeck-digests-"));
const synthetic = Number(values.synthetic);
if (synthetic > 0) {
  generatePortfolio(path.join(work, "synthetic"), { count: synthetic, seed: 20261231 });
  samples.push(path.join(work, "synthetic"));
}
const { plans } = await discoverPlans(samples);
const themes = [];
for (const name of ["default", "midnight"]) {
  const theme = await loadTheme(name);
  if (!theme.ok) throw new Error(`${name} theme does not load`);
  themes.push([name, theme]);
}
for (const { file, root: planRoot, defaults } of plans) {
  const loaded = await loadPlanFile(file, { root: planRoot, defaults });
  if (!loaded.ok) throw new Error(`${file}: ${loaded.errors[0]?.message}`);
  // The sample plans in both themes; the synthetic ones in the default theme only.
  for (const [themeName, theme] of file.startsWith(work) ? themes.slice(0, 1) : themes)
  for (const audience of ["internal", "client"]) {
    const built = await buildDeck({ plan: loaded.plan, planFile: file, theme: theme.theme, themeDir: theme.dir, audience, formats: ["pptx", "pdf"], timestamp: 1790000000 });
    const outputs = { ...built.files, json: new TextEncoder().encode(JSON.stringify(built.layout).replaceAll(root, "<root>")) };
    for (const [kind, bytes] of Object.entries(outputs)) {
      const name = `${path.basename(file, ".yaml")}-${themeName}-${audience}.${kind}`;
      console.log(`${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}  ${String(bytes.length).padStart(8)}  ${name}`);
      if (values.write) {
        mkdirSync(values.write, { recursive: true });
        writeFileSync(path.join(values.write, name), bytes);
      }
    }
  }
}
rmSync(work, { recursive: true, force: true });
