// The real pipeline's layouts, not only hand-written ones: every sample plan,
// for both audiences, renders to a package whose slides are well-formed and
// match the layout one to one.
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { composeDeck } from "../../../src/deck/compose.js";
import { layoutDeck } from "../../../src/layout/layout-deck.js";
import { loadPlanFile } from "../../../src/plan/load.js";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { loadTheme } from "../../../src/theme/load.js";
import { toView } from "../../../src/view/to-view.js";
import { TIMESTAMP } from "../../fixtures/layouts/build.js";
import { openPackage } from "./helpers/package.js";
import { xmlErrors } from "./helpers/xml-check.js";

const samples = readdirSync(resolve("samples")).filter((f) => f.endsWith(".yaml"));

describe.each(samples)("sample %s", (sample) => {
  it.each(["internal", "client"] as const)("renders the %s deck", { timeout: 60_000 }, async (audience) => {
    const file = resolve("samples", sample);
    const loaded = await loadPlanFile(file);
    const theme = await loadTheme("default");
    if (!loaded.ok || !theme.ok) throw new Error(`cannot load ${sample} or the default theme`);
    const deck = composeDeck(toView(loaded.plan, audience, { planFile: file }), { timestamp: TIMESTAMP });
    const layout = layoutDeck(deck, { theme: theme.theme, themeDir: theme.dir });
    const pkg = await openPackage(await renderPptx(layout));
    const slides = pkg.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(layout.slides.length);
    for (const name of slides) expect({ name, error: xmlErrors(pkg.text(name)) }).toEqual({ name, error: undefined });
    expect(pkg.text("docProps/app.xml")).toContain(`<Slides>${layout.slides.length}</Slides>`);
  });
});
