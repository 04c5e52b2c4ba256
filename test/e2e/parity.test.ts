// Issue 5's parity: for every sample and both themes, the PDF has as many pages
// as the PPTX has slides, and each page shows exactly its slide's text. The
// PPTX keeps chart labels inside the chart part (native, editable charts), the
// PDF draws them from the layout's vector copy, and bullets are paragraph
// properties in the PPTX but glyphs in the PDF, so both are added to the slide side.
import { describe, expect, it } from "vitest";
import path from "node:path";
import JSZip from "jszip";
import { buildPlanFile, samplePlans } from "./build-plan.js";
import { extractPdfText } from "../render/pdf/extract-text.js";
import type { Primitive } from "../../src/layout/types.js";

const THEMES = ["default", "midnight"];
const plans = await samplePlans();

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** The text of each slide, in slide order, from the slide XML's `<a:t>` runs. */
async function pptxSlideTexts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/g)!.pop()) - Number(b.match(/\d+/g)!.pop()));
  return Promise.all(
    names.map(async (n) => {
      const xml = await zip.file(n)!.async("string");
      return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1])).join("");
    }),
  );
}

/** Bullets are paragraph properties in the PPTX (`a:buChar`) but glyphs in the PDF. */
function bulletText(p: Primitive): string {
  const paragraphs = p.type === "text" ? p.paragraphs : p.type === "table" ? p.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : [];
  return paragraphs.map((q) => q.bullet?.char ?? "").join("");
}

function chartText(p: Primitive): string {
  if (p.type === "chart") return p.vector.map(chartText).join("");
  if (p.type === "text") return p.paragraphs.flatMap((q) => q.lines.flat().map((r) => r.text)).join("");
  return "";
}

/** Same characters in the same multiset: run order may differ between the formats, content may not. */
function letters(s: string): string {
  return [...s.replace(/\s+/g, "")].sort().join("");
}

describe.each(THEMES)("PDF and PPTX parity (theme %s)", (theme) => {
  it.each(plans.map((p) => [path.relative(process.cwd(), p.file), p.file]))("%s", async (_name, file) => {
    for (const audience of ["internal", "client"] as const) {
      const built = await buildPlanFile(file, { audience, theme });
      const slides = await pptxSlideTexts(built.files.pptx!);
      const pages = await extractPdfText(built.files.pdf!);
      expect(pages.length).toBe(slides.length);
      expect(slides.length).toBe(built.layout.slides.length);
      built.layout.slides.forEach((slide, i) => {
        const charts = slide.primitives.map((p) => (p.type === "chart" ? chartText(p) : bulletText(p))).join("");
        expect(letters(pages[i].text), `${audience} page ${i + 1} (${slide.title})`).toBe(letters(slides[i] + charts));
      });
    }
  });
});
