#!/usr/bin/env node
// Prints a sha256 per output (sample plans x audiences x formats) from dist/, so a
// performance change can be checked for byte-identical output:
//   node scripts/output-digests.mjs > before.txt; (change, build); node scripts/output-digests.mjs | diff before.txt -
// --write DIR also keeps the files for a closer look.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = (p) => import(pathToFileURL(path.join(root, "dist", p)).href);
const { values } = parseArgs({ options: { write: { type: "string" } } });
const { loadPlanFile } = await dist("plan/load.js");
const { loadTheme } = await dist("theme/load.js");
const { discoverPlans } = await dist("plan/portfolio.js");
const { buildDeck } = await dist("build-deck.js");

const samples = ["samples/maison-doree.yaml", "samples/northwind-robotics.yaml", "samples/portfolio"].map((p) => path.join(root, p));
const { plans } = await discoverPlans(samples);
const theme = await loadTheme("default");
if (!theme.ok) throw new Error("default theme does not load");
for (const { file, root: planRoot, defaults } of plans) {
  const loaded = await loadPlanFile(file, { root: planRoot, defaults });
  if (!loaded.ok) throw new Error(`${file}: ${loaded.errors[0]?.message}`);
  for (const audience of ["internal", "client"]) {
    const built = await buildDeck({ plan: loaded.plan, planFile: file, theme: theme.theme, themeDir: theme.dir, audience, formats: ["pptx", "pdf"], timestamp: 1790000000 });
    const outputs = { ...built.files, json: new TextEncoder().encode(JSON.stringify(built.layout)) };
    for (const [kind, bytes] of Object.entries(outputs)) {
      const name = `${path.basename(file, ".yaml")}-${audience}.${kind}`;
      console.log(`${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}  ${String(bytes.length).padStart(8)}  ${name}`);
      if (values.write) {
        mkdirSync(values.write, { recursive: true });
        writeFileSync(path.join(values.write, name), bytes);
      }
    }
  }
}
