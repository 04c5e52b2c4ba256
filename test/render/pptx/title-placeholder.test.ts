// Every slide whose layout has a title gives PowerPoint exactly one title
// placeholder (outline view, screen readers), at the layout's own position.
import { describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { FONTS, meta, para, textBox } from "../../fixtures/layouts/build.js";
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

  it("leaves other text boxes as text boxes, and marks at most one title", async () => {
    const boxes = [
      textBox({ x: 0.5, y: 0.5, w: 4, h: 0.5 }, [para(["Body"])], { role: "body" }),
      textBox({ x: 0.5, y: 1.5, w: 4, h: 0.5 }, [para(["First"])], { role: "title" }),
      textBox({ x: 0.5, y: 2.5, w: 4, h: 0.5 }, [para(["Second"])], { role: "title" }),
    ];
    const layout = { width: 13.333, height: 7.5, audience: "client" as const, meta: meta(), fonts: FONTS, warnings: [], slides: [{ kind: "x", title: "t", background: "#FFFFFF", primitives: boxes }] };
    const xml = (await openPackage(await renderPptx(layout))).text("ppt/slides/slide1.xml");
    expect(xml.match(/<p:ph type="title"\/>/g)).toHaveLength(1);
    expect(xml).toContain('name="Text"></p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr></p:nvPr>');
    expect(xml).toMatch(/name="Title"><\/p:cNvPr><p:cNvSpPr><a:spLocks noGrp="1"\/><\/p:cNvSpPr><p:nvPr><p:ph type="title"\/>.*<a:t>First<\/a:t>/);
    expect(xml).toMatch(/name="Title"><\/p:cNvPr><p:cNvSpPr txBox="1"\/><p:nvPr><\/p:nvPr>.*<a:t>Second<\/a:t>/);
  });
});
