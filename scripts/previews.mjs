#!/usr/bin/env node
// Regenerates the README's slide pictures (samples/previews/*.png) from the
// samples: builds the PDFs with the compiled CLI, finds each wanted slide by
// its kind in the dumped layout, and rasterises that page with pdftoppm.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "samples", "previews");
const tmp = mkdtempSync(path.join(os.tmpdir(), "kamdeck-previews-"));

const WANTED = [
  { plan: "samples/maison-doree.yaml", theme: "default", deck: "maison-doree-distribution", picks: { review: "maison-doree-review", objective: "maison-doree-objective", actions: "maison-doree-actions", swot: "maison-doree-swot" } },
  { plan: "samples/northwind-robotics.yaml", theme: "default", deck: "northwind-robotics", picks: { "stakeholder-map": "northwind-stakeholder-map" } },
  { plan: "samples/northwind-robotics.yaml", theme: "midnight", deck: "northwind-robotics", picks: { cover: "northwind-cover-midnight" } },
];

for (const w of WANTED) {
  const out = path.join(tmp, w.theme);
  execFileSync(process.execPath, [path.join(root, "bin/kamdeck.js"), "build", w.plan, "-o", out, "-f", "pdf", "-a", "internal", "-t", w.theme, "--dump-layout", "--force"], { cwd: root, stdio: "inherit" });
  const base = path.join(out, `${w.deck}-2026-Q4-internal`);
  const layout = JSON.parse(readFileSync(`${base}.layout.json`, "utf8"));
  for (const [kind, name] of Object.entries(w.picks)) {
    const page = layout.slides.findIndex((s) => s.kind === kind) + 1;
    if (page === 0) throw new Error(`${w.plan} has no ${kind} slide`);
    const prefix = path.join(tmp, name);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", String(page), "-l", String(page), "-singlefile", `${base}.pdf`, prefix]);
    renameSync(`${prefix}.png`, path.join(outDir, `${name}.png`));
  }
}
console.log(`previews written to ${path.relative(process.cwd(), outDir)}: ${readdirSync(outDir).join(", ")}`);
