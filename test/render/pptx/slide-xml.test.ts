// The slide XML kamdeck writes: unique shape ids in drawing order, outlines
// PowerPoint does not draw spelled out, empty picture descriptions, and the
// relationships listed links, charts, images, then the layout.
import { describe, expect, it } from "vitest";
import type { DeckContext } from "../../../src/render/pptx/context.js";
import { newDeckMedia } from "../../../src/render/pptx/media.js";
import { writeSlide } from "../../../src/render/pptx/slide-xml.js";
import { COLORS, para, textBox } from "../../fixtures/layouts/build.js";
import { xmlErrors } from "./helpers/xml-check.js";

function deck(): DeckContext {
  const image = { bytes: new Uint8Array([1, 2, 3]), ext: "png", key: "png:a" };
  return { slideWidthEmu: 12192000, slideHeightEmu: 6858000, lang: "fr-FR", images: new Map([["/logo.png", image]]), media: newDeckMedia(), charts: [] };
}

describe("writeSlide", () => {
  const primitives = [
    { type: "rect" as const, x: 0, y: 0, w: 1, h: 1, fill: COLORS.primary },
    textBox({ x: 1, y: 1, w: 3, h: 1 }, [para([[{ text: "Mail", link: "mailto:a@b.test" }]])]),
    {
      type: "table" as const,
      x: 1,
      y: 2,
      columns: [1, 2],
      rows: [{ h: 0.4, cells: [{ paragraphs: [para(["a"])] }, { paragraphs: [para(["b"])] }] }],
      style: { fontFace: "Calibri", fontSize: 10, color: COLORS.text, lineHeight: 12 },
      padding: 0.05,
      border: { color: COLORS.rule, width: 0.5 },
    },
    { type: "image" as const, x: 5, y: 5, w: 1, h: 1, path: "/logo.png", mime: "image/png" as const },
    { type: "image" as const, x: 6, y: 5, w: 1, h: 1, path: "/logo.png", mime: "image/png" as const, alt: "Logo" },
  ];

  it("numbers shapes in drawing order and writes well-formed XML", () => {
    const { xml, rels } = writeSlide({ kind: "x", title: "t", background: COLORS.white, primitives }, 0, deck());
    expect(xmlErrors(xml)).toBeUndefined();
    expect(xmlErrors(rels)).toBeUndefined();
    expect([...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1])).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(xml).toContain("<a:ln><a:noFill/></a:ln>");
    expect(xml).not.toContain("<a:ln></a:ln>");
    expect(xml).toContain('name="Image 0" descr=""');
    expect(xml).toContain('name="Image 1" descr="Logo"');
  });

  it("stores an image placed twice once, and lists links before images and the layout last", () => {
    const context = deck();
    const { rels } = writeSlide({ kind: "x", title: "t", background: COLORS.white, primitives }, 2, context);
    expect([...context.media.parts.keys()]).toEqual(["image-3-1.png"]);
    expect([...rels.matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      "rId1 mailto:a@b.test",
      "rId2 ../media/image-3-1.png",
      "rId3 ../media/image-3-1.png",
      "rId4 ../slideLayouts/slideLayout1.xml",
    ]);
  });
});
