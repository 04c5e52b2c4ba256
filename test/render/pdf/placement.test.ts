// The PDF decides nothing: every line lands where the shared line-placement
// rule (src/layout/text/metrics.ts) and the stack's advances put it.
import { describe, expect, it } from "vitest";
import { renderPdf } from "../../../src/render/pdf/render-pdf.js";
import { PdfMissingGlyphsError, PdfRenderError } from "../../../src/render/pdf/errors.js";
import { getFontStack } from "../../../src/fonts/index.js";
import { baselineOffset } from "../../../src/layout/text/metrics.js";
import type { DeckLayout, Paragraph, TextPrimitive } from "../../../src/layout/types.js";
import { extractPdfText, extractPlacedItems } from "./extract-text.js";

const FONTS = { face: "Calibri", twin: "@fontsource/carlito", fallbacks: ["@fontsource/noto-sans-sc"] };
const stack = getFontStack(FONTS);

function box(over: Partial<TextPrimitive> & { paragraphs: Paragraph[] }): TextPrimitive {
  return {
    type: "text", x: 1, y: 1, w: 6, h: 3, padding: 0.1, align: "left", valign: "top",
    style: { fontFace: "Calibri", fontSize: 20, color: "#000000", lineHeight: 24 }, ...over,
  };
}

function deck(...primitives: TextPrimitive[]): DeckLayout {
  return {
    width: 13.333, height: 7.5, audience: "client", fonts: FONTS, warnings: [],
    meta: { title: "T\u0007itle", author: "A", subject: "S", language: "pl-PL", timestamp: 0 },
    slides: [{ kind: "test", title: "Test", background: "#FFFFFF", primitives }],
  };
}

const lines = (...texts: string[]): Paragraph => ({ lines: texts.map((text) => [{ text }]) });

describe("line placement", () => {
  it("puts line i's baseline at top + padding + i * pitch + baselineOffset, spaceBefore between paragraphs", async () => {
    const p = box({ paragraphs: [lines("Alpha", "Bravo"), { ...lines("Charlie"), spaceBefore: 10 }] });
    const [items] = await extractPlacedItems(await renderPdf(deck(p)));
    const top = (1 + 0.1) * 72;
    const first = top + baselineOffset(stack, 20, 24);
    const at = (t: string) => items.find((i) => i.text === t)!;
    expect(at("Alpha").baseline).toBeCloseTo(first, 1);
    expect(at("Bravo").baseline).toBeCloseTo(first + 24, 1);
    expect(at("Charlie").baseline).toBeCloseTo(first + 48 + 10, 1);
    expect(at("Alpha").x).toBeCloseTo(1.1 * 72, 1);
  });

  it("aligns each line by its measured width and centres the block for valign middle", async () => {
    // One font file per word, so pdf.js reports each as a single item.
    const right = box({ align: "right", valign: "bottom", paragraphs: [lines("Lodz")] });
    const centre = box({ y: 4, align: "center", valign: "middle", paragraphs: [lines("Wójcik")] });
    const [items] = await extractPlacedItems(await renderPdf(deck(right, centre)));
    const lodz = items.find((i) => i.text === "Lodz")!;
    const wojcik = items.find((i) => i.text === "Wójcik")!;
    expect(lodz.x + stack.measure("Lodz", { size: 20 })).toBeCloseTo((1 + 6 - 0.1) * 72, 1);
    expect(lodz.baseline).toBeCloseTo((1 + 3 - 0.1) * 72 - 24 + baselineOffset(stack, 20, 24), 1);
    expect(wojcik.x).toBeCloseTo(1 * 72 + (6 * 72 - stack.measure("Wójcik", { size: 20 })) / 2, 1);
    expect(wojcik.baseline).toBeCloseTo((4 + 1.5) * 72 - 12 + baselineOffset(stack, 20, 24), 1);
  });

  it("draws runs one after another at the stack's advances, across fallback fonts", async () => {
    const p = box({ paragraphs: [{ lines: [[{ text: "Pan " }, { text: "王芳", bold: true }, { text: " z Łodzi" }]] }] });
    const [items] = await extractPlacedItems(await renderPdf(deck(p)));
    const wang = items.find((i) => i.text.startsWith("王"))!;
    expect(wang.x).toBeCloseTo(1.1 * 72 + stack.measure("Pan ", { size: 20 }), 1);
  });

  it("keeps no-break and narrow no-break spaces of French numbers", async () => {
    const p = box({ paragraphs: [lines("1\u202F250\u00A0000 € et 96\u00A0%")] });
    const [page] = await extractPdfText(await renderPdf(deck(p)));
    expect(page.text.replace(/[\s\u00A0\u202F]/g, "")).toContain("1250000€et96%");
  });

  it("refuses text no font of the stack draws, naming the characters", async () => {
    const p = box({ paragraphs: [lines("Marhaban مرحبا")] });
    const error = await renderPdf(deck(p)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfMissingGlyphsError);
    expect((error as PdfMissingGlyphsError).characters).toEqual(["م", "ر", "ح", "ب", "ا"]);
  });
});

describe("errors", () => {
  it("reports an unreadable image as a PdfRenderError", async () => {
    const layout = deck();
    layout.slides[0].primitives.push({ type: "image", x: 1, y: 1, w: 1, h: 1, path: "/nonexistent/logo.png", mime: "image/png" });
    const error = await renderPdf(layout).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfRenderError);
    expect(String(error)).toContain("/nonexistent/logo.png");
  });
});
