// The PPTX renderer's fixtures through the PDF: same page count, same text per page, valid file.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderPdf } from "../../../src/render/pdf/render-pdf.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";
import { realisticLayout } from "../../fixtures/layouts/realistic.js";
import { extractPdfText, squash } from "./extract-text.js";
import { slideTexts } from "./slide-texts.js";

// The PDF draws no C0 controls (the font stack treats them as zero-width).
const visible = (text: string) => squash(text.replace(/[\u0000-\u001F\u007F]/g, ""));

describe.each([
  ["showcase", showcaseLayout()],
  ["realistic", realisticLayout()],
])("the %s layout as PDF", (name, layout) => {
  it("has one page per slide with every text line of the slide, and passes qpdf --check", async () => {
    const bytes = await renderPdf(layout);
    const pages = await extractPdfText(bytes);
    expect(pages).toHaveLength(layout.slides.length);
    layout.slides.forEach((slide, i) => {
      for (const line of slideTexts(slide)) expect(squash(pages[i].text), `${name} page ${i + 1}`).toContain(visible(line));
    });
    const file = join(mkdtempSync(join(tmpdir(), "kamdeck-pdf-")), `${name}.pdf`);
    writeFileSync(file, bytes);
    const check = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });
});
