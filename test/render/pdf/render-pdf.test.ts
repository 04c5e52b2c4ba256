import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderPdf } from "../../../src/render/pdf/render-pdf.js";
import { everyPrimitiveLayout } from "../../fixtures/layouts/pdf-every-primitive.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";
import { extractPdfText, squash } from "./extract-text.js";
import { slideTexts } from "./slide-texts.js";

const OUT = join(tmpdir(), "kamdeck-pdf-test");
const FILE = join(OUT, "every-primitive.pdf");
let bytes: Uint8Array;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  bytes = await renderPdf(everyPrimitiveLayout);
  writeFileSync(FILE, bytes);
});

function tool(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8" });
}

describe("renderPdf", () => {
  it("draws one page per slide at the slide's size in points", () => {
    const info = tool("pdfinfo", [FILE]);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${everyPrimitiveLayout.slides.length}$`, "m"));
    expect(info).toMatch(/^Page size:\s+959\.976 x 540 pts/m);
  });

  it("puts every text line of every text primitive and table cell on its page", async () => {
    const pages = await extractPdfText(bytes);
    expect(pages).toHaveLength(everyPrimitiveLayout.slides.length);
    everyPrimitiveLayout.slides.forEach((slide, i) => {
      const page = squash(pages[i].text);
      for (const line of slideTexts(slide)) expect(page, `slide ${i + 1}`).toContain(squash(line));
    });
  });

  it("draws no other text: each page reads as its slide's lines in primitive order, plus the bullets", async () => {
    const pages = await extractPdfText(bytes);
    everyPrimitiveLayout.slides.forEach((slide, i) => {
      const withoutBullets = squash(pages[i].text).replaceAll("•", "");
      expect(withoutBullets, `slide ${i + 1}`).toBe(slideTexts(slide).map(squash).join(""));
    });
  });

  it("places the image on its page", () => {
    const rows = tool("pdfimages", ["-list", FILE]).trim().split("\n").slice(2);
    expect(rows.map((r) => r.trim().split(/\s+/).slice(0, 5))).toEqual([["1", "0", "image", "240", "120"]]);
  });

  it("passes qpdf --check", () => {
    const check = spawnSync("qpdf", ["--check", FILE], { encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("embeds every font as a subset", () => {
    const rows = tool("pdffonts", [FILE]).trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      const [name, ...rest] = row.split(/\s+/);
      expect(name, row).toMatch(/^[A-Z]{6}\+/);
      // columns: type (two words), encoding, emb, sub, uni, object ID
      expect(rest.slice(-5, -2), row).toEqual(["yes", "yes", "yes"]);
    }
    expect(rows.some((r) => r.includes("NotoSansSC"))).toBe(true);
  });

  it("is one plain byte array: pdfkit's header lines first, the trailer last, startxref at the xref table", () => {
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    const text = Buffer.from(bytes).toString("latin1");
    // The header is written by pdfkit's constructor, before the fast writes exist (document.ts keeps it).
    expect(text.startsWith("%PDF-1.7\n%\xFF\xFF\xFF\xFF\n")).toBe(true);
    expect(text.endsWith("\n%%EOF\n")).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 5)).toBe("xref\n");
  });

  it("gives byte-identical output on rebuild, whatever the process rendered before", async () => {
    // A batch worker renders many decks in turn: earlier ones must not leak into later bytes.
    await renderPdf(showcaseLayout());
    const again = await renderPdf(everyPrimitiveLayout);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });

  it("writes the metadata from layout.meta", () => {
    const info = tool("pdfinfo", ["-isodates", FILE]);
    expect(info).toMatch(/^Title:\s+Société Générale des Eaux — revue T4 2026$/m);
    expect(info).toMatch(/^Author:\s+Anna Wójcik$/m);
    expect(info).toMatch(/^Subject:\s+Revue d’affaires trimestrielle$/m);
    expect(info).toMatch(/^Keywords:\s+QBR, grands comptes$/m);
    expect(info).toMatch(/^Creator:\s+kamdeck$/m);
    expect(info).toMatch(/^Producer:\s+kamdeck$/m);
    expect(info).toMatch(/^CreationDate:\s+2027-01-01T00:00:00/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
  });

  it("sets the document language and asks viewers to show the title", () => {
    const root = tool("qpdf", ["--show-object=trailer", "--filtered-stream-data", FILE]);
    expect(root).toContain("/Root");
    const catalog = tool("qpdf", ["--json", "--json-key=qpdf", FILE]);
    expect(catalog).toContain('"/Lang": "u:fr-FR"');
    expect(catalog).toContain('"/DisplayDocTitle": true');
  });

  it("has one outline entry per section, pointing at its page", () => {
    const json = JSON.parse(tool("qpdf", ["--json", "--json-key=outlines", FILE])) as { outlines: Array<{ title: string; destpageposfrom1: number }> };
    expect(json.outlines.map((o) => [o.title, o.destpageposfrom1])).toEqual([
      ["Couverture", 1],
      ["Synthèse", 2],
    ]);
  });

  it("turns mailto runs into link annotations", () => {
    const catalog = tool("qpdf", ["--json", "--json-key=qpdf", FILE]);
    expect(catalog).toContain('"/URI": "u:mailto:anna.wojcik@example.com"');
    expect(catalog).toContain('"/URI": "u:mailto:piotr.wojcik@example.pl"');
  });

  it("tags each slide as a section, its title first, then its texts in primitive order", () => {
    const objects = (JSON.parse(tool("qpdf", ["--json", "--json-key=qpdf", FILE])) as { qpdf: [unknown, Record<string, { value: Record<string, unknown> }>] }).qpdf[1];
    const get = (ref: unknown) => objects[`obj:${ref as string}`].value;
    const tree = get(get(objects.trailer.value["/Root"])["/StructTreeRoot"]);
    const documentElement = get((tree["/K"] as string[])[0]);
    expect(documentElement["/S"]).toBe("/Document");
    const sections = (documentElement["/K"] as string[]).map(get);
    expect(sections.map((s) => s["/T"])).toEqual(everyPrimitiveLayout.slides.map((slide) => `u:${slide.title}`));
    const kinds = sections.map((s) => (s["/K"] as string[]).map((k) => get(k)["/S"]));
    expect(kinds[0]).toEqual(["/H1", "/Figure", "/H2", "/P"]);
    expect(kinds[2]).toEqual(["/H1", "/P"]);
  });
});
