// The PDF shortcuts past pdfkit's plumbing must write the very bytes pdfkit
// writes: the native string conversion and output sink, the per-colour fill
// operators, and subset font programs shared across documents.
import PDFDocument from "pdfkit";
import { inflateSync } from "node:zlib";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { embeddableFont } from "../../src/render/pdf/embeddable-font.js";
import { installFastWrites, STREAM_DEFLATE_LEVEL } from "../../src/render/pdf/fast-writes.js";
import { setFillColor } from "../../src/render/pdf/fill-color.js";
import { createFontRegistry, type FontRun } from "../../src/render/pdf/context.js";
import { subsetProgramStats } from "../../src/render/pdf/font-program-memo.js";
import { drawGlyphRun } from "../../src/render/pdf/glyph-run.js";

const require = createRequire(import.meta.url);
const file = (name: string) => ({ key: name, path: require.resolve(`@fontsource/carlito/files/${name}.woff`) });
const REGULAR = file("carlito-latin-400-normal");
const BOLD = file("carlito-latin-700-normal");

interface Options {
  fast?: boolean;
  /** zlib level of the fast writes; pdfkit's own (zlib's default) unless given. */
  streamLevel?: number;
  fill?: (doc: PDFKit.PDFDocument, color: string) => void;
  /** Registers and selects a font file (pdfkit's own registration unless given). */
  useFont?: (doc: PDFKit.PDFDocument, f: typeof REGULAR) => void;
}

const plainUse = (doc: PDFKit.PDFDocument, f: typeof REGULAR) => doc.registerFont(f.key, embeddableFont(f) as unknown as Buffer).font(f.key);

/** A two-page tagged document with text in two fonts, colours, shapes and a link. */
async function render(texts: string[], opts: Options = {}): Promise<Buffer> {
  const date = new Date(Date.UTC(2026, 0, 1));
  const doc = new PDFDocument({ autoFirstPage: false, font: "Courier", tagged: true, lang: "fr-FR", info: { Title: "Réunion « T3 »", CreationDate: date, ModDate: date } });
  const sink: Uint8Array[] = [];
  if (opts.fast) installFastWrites(doc, sink, { streamLevel: opts.streamLevel ?? -1 });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat([...chunks, ...sink]))));
  const fill = opts.fill ?? ((d, c) => d.fillColor(c));
  const useFont = opts.useFont ?? plainUse;
  for (const [page, text] of texts.entries()) {
    doc.addPage({ size: [960, 540], margin: 0 });
    doc.rect(10, 10, 200, 50).fill("#1F6E8C");
    const content = doc.markStructureContent("P");
    fill(doc, page % 2 ? "#C0392B" : "#222222");
    useFont(doc, REGULAR);
    drawGlyphRun(doc.fontSize(13), text, 72, 100);
    useFont(doc, BOLD);
    fill(doc, "#0a0B0c");
    drawGlyphRun(doc.fontSize(20), `${text} — ok`, 72, 140);
    doc.endMarkedContent();
    doc.addStructure(doc.struct("P", {}, [content]));
    doc.link(72, 90, 100, 14, "mailto:anne@example.com");
  }
  doc.end();
  return done;
}

/** Every FlateDecode stream of a PDF, inflated, in file order. */
function inflatedStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  for (let at = pdf.indexOf("/FlateDecode"); at >= 0; at = pdf.indexOf("/FlateDecode", at + 1)) {
    const start = pdf.indexOf("stream\n", at) + "stream\n".length;
    const end = pdf.indexOf("\nendstream", start);
    out.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
  }
  return out;
}

const TEXTS = ["Chiffre d'affaires : 1 250 000 €", "Objectif 2 — « croissance »"];

describe("PDF fast paths", () => {
  it("the native writes and the sink give pdfkit's bytes", async () => {
    const viaPdfkit = await render(TEXTS);
    const viaFast = await render(TEXTS, { fast: true });
    expect(viaFast.length).toBeGreaterThan(5000);
    expect(viaFast.equals(viaPdfkit)).toBe(true);
  });

  it("at the cheaper stream level only the deflated bytes differ: every stream inflates to pdfkit's", async () => {
    const viaPdfkit = await render(TEXTS);
    const viaFast = await render(TEXTS, { fast: true, streamLevel: STREAM_DEFLATE_LEVEL });
    expect(viaFast.equals(viaPdfkit)).toBe(false);
    expect(inflatedStreams(viaFast)).toEqual(inflatedStreams(viaPdfkit));
    expect(inflatedStreams(viaFast).length).toBeGreaterThanOrEqual(4);
    expect(await render(TEXTS, { fast: true, streamLevel: STREAM_DEFLATE_LEVEL })).toEqual(viaFast);
  });

  it("per-colour fill operators give pdfkit's fillColor bytes", async () => {
    const viaPdfkit = await render(TEXTS, { fast: true });
    const viaCache = await render(TEXTS, { fast: true, fill: setFillColor });
    expect(viaCache.equals(viaPdfkit)).toBe(true);
    // A colour the shortcut does not parse still goes through pdfkit.
    const named = await render(TEXTS, { fast: true, fill: (d) => setFillColor(d, "red") });
    expect(named.equals(await render(TEXTS, { fast: true, fill: (d) => d.fillColor("red") }))).toBe(true);
  });

  it("a font program shared from an earlier document is the program pdfkit encodes", async () => {
    const registry = () => {
      const use = createFontRegistry();
      return (doc: PDFKit.PDFDocument, f: typeof REGULAR) => use(doc, { key: f.key, file: f, text: "" } as unknown as FontRun);
    };
    const texts = ["Zéphyr quartz 0123 ¶", "Zéphyr quartz 0123 ¶ bis"];
    const before = subsetProgramStats();
    const first = await render(texts, { fast: true, useFont: registry() });
    const second = await render(texts, { fast: true, useFont: registry() });
    const after = subsetProgramStats();
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(2);
    const viaPdfkit = await render(texts, { fast: true });
    expect(first.equals(viaPdfkit)).toBe(true);
    expect(second.equals(viaPdfkit)).toBe(true);
    // The same glyphs in another first-use order are another subset, not a hit.
    const reordered = await render(["quartz Zéphyr 0123 ¶", "quartz Zéphyr 0123 ¶ bis"], { fast: true, useFont: registry() });
    expect(reordered.equals(await render(["quartz Zéphyr 0123 ¶", "quartz Zéphyr 0123 ¶ bis"], { fast: true }))).toBe(true);
  });
});
