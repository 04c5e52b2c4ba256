// Every slide whose layout has a title gives PowerPoint exactly one title
// placeholder (outline view, screen readers), at the layout's own position.
import { describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { markTitlePlaceholder } from "../../../src/render/pptx/postprocess/title-placeholder.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";
import { openPackage } from "./helpers/package.js";

describe("title placeholders", () => {
  it("marks the one shape named Title on each slide, and only that one", async () => {
    const layout = showcaseLayout();
    const pkg = await openPackage(await renderPptx(layout));
    layout.slides.forEach((slide, i) => {
      const xml = pkg.text(`ppt/slides/slide${i + 1}.xml`);
      const titled = slide.primitives.some((p) => p.type === "text" && p.role === "title");
      expect(xml.match(/<p:ph type="title"\/>/g)?.length ?? 0, `slide ${i + 1}`).toBe(titled ? 1 : 0);
      if (titled) expect(xml).toMatch(/name="Title"><\/p:cNvPr><p:cNvSpPr><a:spLocks noGrp="1"\/><\/p:cNvSpPr><p:nvPr><p:ph type="title"\/>/);
    });
  });

  it("leaves other text boxes as text boxes, and marks at most one title", () => {
    const box = (name: string, id: number) => `<p:cNvPr id="${id}" name="${name}"></p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr></p:nvPr>`;
    const xml = box("Text", 2) + box("Title", 3) + box("Title", 4);
    const out = markTitlePlaceholder(xml);
    expect(out.match(/<p:ph type="title"\/>/g)).toHaveLength(1);
    expect(out).toContain(box("Text", 2));
    expect(out).toContain(box("Title", 4));
  });
});
