// drawGlyphRun is a shortcut past pdfkit's text(): it must write the very same
// bytes, for plain text, spaces, accents, a second font and an empty string.
import PDFDocument from "pdfkit";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { embeddableFont } from "../../src/render/pdf/embeddable-font.js";
import { drawGlyphRun } from "../../src/render/pdf/glyph-run.js";

const require = createRequire(import.meta.url);
const file = (name: string) => ({ key: name, path: require.resolve(`@fontsource/carlito/files/${name}.woff`) });
const REGULAR = file("carlito-latin-400-normal");
const BOLD = file("carlito-latin-700-normal");
const RUNS: Array<[typeof REGULAR, string, number, number]> = [
  [REGULAR, "Hello, world", 72, 100],
  [REGULAR, "Référencement  à 98,5 % — « oui »", 72.125, 130.5],
  [BOLD, "Objectif 1 : croissance", 300, 160],
  [BOLD, "", 10, 10],
  [REGULAR, "x", 0.3333333, 500.66666666],
];

type Draw = (doc: PDFKit.PDFDocument, text: string, x: number, y: number) => void;

async function render(draw: Draw): Promise<Buffer> {
  const date = new Date(Date.UTC(2026, 0, 1));
  const doc = new PDFDocument({ autoFirstPage: false, font: "Courier", info: { CreationDate: date, ModDate: date } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  // Two page heights and two sizes, and back: a run's lines carry both.
  for (const [size, fontSize] of [[[960, 540], 13], [[612, 792], 20.5], [[960, 540], 13]] as const) {
    doc.addPage({ size: [...size], margin: 0 });
    for (const [f, text, x, y] of RUNS) {
      doc.registerFont(f.key, embeddableFont(f) as unknown as Buffer);
      doc.font(f.key).fontSize(fontSize);
      draw(doc, text, x, y);
    }
  }
  doc.end();
  return done;
}

describe("drawGlyphRun", () => {
  it("writes what pdfkit's text() writes for a line without breaks", async () => {
    const viaPdfkit = await render((doc, text, x, y) => doc.text(text, x, y, { lineBreak: false, baseline: "alphabetic" }));
    const viaShortcut = await render((doc, text, x, y) => drawGlyphRun(doc, text, x, y));
    expect(viaShortcut.length).toBeGreaterThan(1000);
    expect(viaShortcut.equals(viaPdfkit)).toBe(true);
  });

  it("leaves a coordinate pdfkit refuses to pdfkit, which throws, with nothing written first", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: "Courier" });
    doc.addPage({ size: [960, 540], margin: 0 });
    doc.registerFont(REGULAR.key, embeddableFont(REGULAR) as unknown as Buffer);
    doc.font(REGULAR.key).fontSize(13);
    const content = (doc as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content;
    const before = content.buffer.length;
    expect(() => doc.text("x", Number.NaN, 10, { lineBreak: false, baseline: "alphabetic" })).toThrow(/unsupported number/);
    const afterPdfkit = content.buffer.length;
    expect(() => drawGlyphRun(doc, "x", Number.NaN, 10)).toThrow(/unsupported number/);
    // pdfkit's own attempt wrote its opening lines before throwing; the shortcut adds exactly what pdfkit's adds.
    expect(content.buffer.length - afterPdfkit).toBe(afterPdfkit - before);
  });
});
