// Not a check: renders decks to PDF for a human to look at. Runs only with
// KAMDECK_PREVIEW=<out dir> [KAMDECK_PREVIEW_PLAN=<plan.yaml>] [KAMDECK_PREVIEW_THEME=<name>].
import { it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderPdf } from "../../src/render/pdf/render-pdf.js";
import { renderPptx } from "../../src/render/pptx/render-pptx.js";
import { layoutFile } from "./pipeline.js";

const out = process.env.KAMDECK_PREVIEW;

it.skipIf(!out)("renders a preview PDF per audience", async () => {
  const plan = process.env.KAMDECK_PREVIEW_PLAN ?? "/work/shared/plan-example.yaml";
  const theme = process.env.KAMDECK_PREVIEW_THEME ?? "default";
  mkdirSync(out!, { recursive: true });
  for (const audience of ["internal", "client"] as const) {
    const { layout } = await layoutFile(plan, audience, theme);
    writeFileSync(join(out!, `${audience}.json`), JSON.stringify(layout, null, 1));
    writeFileSync(join(out!, `${audience}.pdf`), await renderPdf(layout));
    writeFileSync(join(out!, `${audience}.pptx`), await renderPptx(layout));
    if (layout.warnings.length) console.log(audience, layout.warnings);
  }
});

it.skipIf(!out)("renders the stress deck (30 actions, long SWOT)", async () => {
  const { layoutSlides } = await import("./deck-fixture.js");
  const { actionsSlide, swotSlide, edgeSlides } = await import("./stress-fixtures.js");
  const { layout } = await layoutSlides([actionsSlide(30), swotSlide(9), ...Object.values(edgeSlides)], { theme: process.env.KAMDECK_PREVIEW_THEME ?? "default" });
  writeFileSync(join(out!, "stress.pdf"), await renderPdf(layout));
  writeFileSync(join(out!, "stress.pptx"), await renderPptx(layout));
  if (layout.warnings.length) console.log("stress", layout.warnings);
});
