// The JSZip shortcuts taken while pptxgenjs writes a deck must not change what
// the package holds: the chart's embedded workbook keeps every part, and images
// decoded once are the same bytes in every placement.
import JSZip from "jszip";
import type { DeckMeta } from "../../src/layout/types.js";
import { describe, expect, it } from "vitest";
import { takeWorkbookParts, withJszipShortcuts, withWorkbookParts } from "../../src/render/pptx/jszip-shortcuts.js";
import { normalizeWorkbook, workbookHandle } from "../../src/render/pptx/postprocess/embedded-workbook.js";
import { collectParts } from "../../src/render/pptx/jszip-entries.js";

const PNG_BASE64 = Buffer.from("not really a png, but bytes all the same \u00e9").toString("base64");

describe("JSZip shortcuts", () => {
  it("decodes base64 files natively and keeps getters working", async () => {
    const zip = new JSZip();
    await withJszipShortcuts(async () => {
      zip.file("ppt/media/image-1-1.png", PNG_BASE64, { base64: true });
      zip.file("ppt/media/image-2-1.png", PNG_BASE64, { base64: true });
      expect(zip.file("ppt/media/image-1-1.png")).not.toBeNull();
    });
    const parts = await collectParts(zip);
    expect([...parts.keys()].sort()).toEqual(["ppt/media/image-1-1.png", "ppt/media/image-2-1.png"]);
    for (const bytes of parts.values()) expect(Buffer.from(bytes as Uint8Array).toString("base64")).toBe(PNG_BASE64);
  });

  it("writes a workbook's base64 zip with every part intact", async () => {
    const book = new JSZip();
    book.file("xl/workbook.xml", "<workbook>é</workbook>");
    book.file("xl/worksheets/sheet1.xml", "<worksheet/>");
    const base64 = await withJszipShortcuts(() => book.generateAsync({ type: "base64" }));
    const back = await JSZip.loadAsync(base64, { base64: true });
    expect(await back.file("xl/workbook.xml")!.async("string")).toBe("<workbook>é</workbook>");
    expect(await back.file("xl/worksheets/sheet1.xml")!.async("string")).toBe("<worksheet/>");
  });

  it("hands a chart writer the workbook's parts, which zip to the same bytes as its base64 zip", async () => {
    const book = () => {
      const zip = new JSZip();
      zip.file("[Content_Types].xml", '<Types><Override PartName="/xl/workbook.xml" ContentType="x"/></Types>');
      zip.file("xl/workbook.xml", "<workbook>é \ud800</workbook>");
      zip.file("xl/media/logo.png", new Uint8Array([1, 2, 3]));
      zip.folder("xl/worksheets")!.file("sheet1.xml", "<worksheet/>");
      return zip;
    };
    const base64 = await withJszipShortcuts(() => book().generateAsync({ type: "base64" }));
    const marker = await withWorkbookParts(() => book().generateAsync({ type: "base64" }));
    const parts = takeWorkbookParts(marker)!;
    expect([...parts.keys()].sort()).toEqual(["[Content_Types].xml", "xl/media/logo.png", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(takeWorkbookParts(marker)).toBeUndefined();
    expect(takeWorkbookParts(base64)).toBeUndefined();
    const meta: DeckMeta = { title: "T", subject: "S", author: "A", company: "C", language: "fr-FR", keywords: "k", timestamp: 1790000000 };
    const zipped = normalizeWorkbook(new Uint8Array(Buffer.from(base64, "base64")), meta);
    expect(Buffer.from(normalizeWorkbook(workbookHandle(parts), meta)).equals(Buffer.from(zipped))).toBe(true);
  });

  it("leaves JSZip alone outside a deck's writing", async () => {
    const zip = new JSZip();
    zip.file("a.bin", PNG_BASE64, { base64: true });
    const out = await zip.generateAsync({ type: "base64" });
    const back = await JSZip.loadAsync(out, { base64: true });
    expect(Buffer.from(await back.file("a.bin")!.async("uint8array")).toString("base64")).toBe(PNG_BASE64);
  });
});
