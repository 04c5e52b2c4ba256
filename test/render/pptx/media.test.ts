// A logo placed on every slide is embedded once, and every slide still shows it.
import { describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { realisticLayout } from "../../fixtures/layouts/realistic.js";
import { openPackage } from "./helpers/package.js";

describe("media", () => {
  it("keeps one copy of identical images and points every slide at it", async () => {
    const layout = realisticLayout();
    const pkg = await openPackage(await renderPptx(layout));
    expect(pkg.names.filter((n) => n.startsWith("ppt/media/"))).toEqual(["ppt/media/image-1-1.png"]);
    const slideRels = pkg.names.filter((n) => /^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/.test(n));
    expect(slideRels).toHaveLength(layout.slides.length);
    for (const rels of slideRels) {
      const images = [...pkg.text(rels).matchAll(/Type="[^"]*\/image" Target="\.\.\/media\/([^"]+)"/g)].map((m) => m[1]);
      expect({ rels, images }).toEqual({ rels, images: ["image-1-1.png"] });
    }
  });
});
