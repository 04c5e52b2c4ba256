// Images are decoded once per process and replayed into each document: the
// pages must look exactly as when pdfkit embeds the files itself.
import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";
import { renderPdf } from "../../../src/render/pdf/render-pdf.js";
import type { DeckLayout, ImagePrimitive } from "../../../src/layout/types.js";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const IMAGES: Array<Pick<ImagePrimitive, "path" | "mime">> = [
  { path: here("../../../samples/logos/maison-doree.png"), mime: "image/png" }, // palette + alpha
  { path: here("../../fixtures/layouts/assets/logo.png"), mime: "image/png" }, // 16-bit
  { path: here("../../fixtures/layouts/assets/badge.jpg"), mime: "image/jpeg" },
  { path: here("../../fixtures/layouts/pdf-logo.png"), mime: "image/png" }, // RGB, no alpha
];
const box = (i: number) => ({ x: 0.5 + i * 3, y: 1, w: 2.5, h: 2.5 });

function layout(): DeckLayout {
  return {
    width: 13.333, height: 7.5, audience: "client", warnings: [],
    fonts: { face: "Calibri", twin: "@fontsource/carlito", fallbacks: [] },
    meta: { title: "Images", author: "A", subject: "S", language: "fr-FR", timestamp: 0 },
    slides: [0, 1].map((n) => ({
      kind: "images", title: `Images ${n}`, background: "#D0D5DD",
      primitives: IMAGES.map((img, i) => ({ type: "image" as const, ...img, ...box(i) })),
    })),
  };
}

function pdfkitReference(): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0 });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  for (let n = 0; n < 2; n++) {
    doc.addPage({ size: [13.333 * 72, 7.5 * 72], margin: 0 });
    doc.rect(0, 0, 13.333 * 72, 7.5 * 72).fill("#D0D5DD");
    IMAGES.forEach((img, i) => doc.image(img.path, box(i).x * 72, box(i).y * 72, { width: box(i).w * 72, height: box(i).h * 72 }));
  }
  doc.end();
  return new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
}

describe("images", () => {
  it("look exactly as pdfkit draws them, embedded once per document", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kamdeck-pdf-img-"));
    await renderPdf(layout()); // the second render replays what the first recorded
    writeFileSync(join(dir, "ours.pdf"), await renderPdf(layout()));
    writeFileSync(join(dir, "ref.pdf"), await pdfkitReference());
    const list = (f: string) => execFileSync("pdfimages", ["-list", join(dir, f)], { encoding: "utf8" }).trim().split("\n").slice(2);
    const ours = list("ours.pdf");
    // same kinds, sizes, colours and encodings as pdfkit's own; one object per file, shown on both pages
    expect(ours.map((r) => r.trim().split(/\s+/).slice(2, 9))).toEqual(list("ref.pdf").map((r) => r.trim().split(/\s+/).slice(2, 9)));
    expect(new Set(ours.map((r) => r.trim().split(/\s+/)[10])).size).toBe(IMAGES.length);
    for (const f of ["ours", "ref"]) execFileSync("pdftoppm", ["-png", "-r", "40", join(dir, `${f}.pdf`), join(dir, f)]);
    for (const page of ["1", "2"]) {
      // ImageMagick prints the number of differing pixels on stderr.
      const diff = spawnSync("compare", ["-metric", "AE", join(dir, `ours-${page}.png`), join(dir, `ref-${page}.png`), "null:"], { encoding: "utf8" });
      expect(diff.stderr.trim(), `page ${page}`).toBe("0");
    }
  });
});
