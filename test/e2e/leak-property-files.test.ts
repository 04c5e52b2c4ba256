// The leak property on real files: random plans with random confidential
// fields, rendered to .pptx and .pdf for the client, searched with every
// extraction the marker proof uses. Fewer runs than the view-level property
// (400 runs) because each one renders and extracts two files.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildDeck } from "../../src/build-deck.js";
import { loadTheme } from "../../src/theme/load.js";
import { buildPlan, shape } from "../view/leak-plans.js";
import { pdfTexts, squashForSearch, zipTexts } from "./extract-all.js";

describe("no secret reaches a client file, whatever is marked confidential", () => {
  it("holds for the rendered client .pptx and .pdf", { timeout: 300_000 }, async () => {
    const theme = await loadTheme("default");
    if (!theme.ok) throw new Error("the default theme does not load");
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const { plan } = buildPlan(s);
        const built = await buildDeck({
          plan,
          planFile: "/tmp/plan.yaml",
          theme: theme.theme,
          themeDir: theme.dir,
          audience: "client",
          formats: ["pptx", "pdf"],
          timestamp: 1_800_000_000,
        });
        const parts = (await zipTexts(built.files.pptx!)).map((p) => p.text);
        const pdf = await pdfTexts(built.files.pdf!);
        expect(squashForSearch([...parts, ...pdf].join("\n"))).not.toContain("MARKER");
      }),
      { numRuns: 60 },
    );
  });
});
