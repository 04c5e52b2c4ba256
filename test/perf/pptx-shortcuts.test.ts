// The JSZip shortcuts taken while pptxgenjs writes a deck must not change what
// the package holds: the chart's embedded workbook keeps every part, and images
// decoded once are the same bytes in every placement.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { withJszipShortcuts } from "../../src/render/pptx/jszip-shortcuts.js";
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

  it("leaves JSZip alone outside a deck's writing", async () => {
    const zip = new JSZip();
    zip.file("a.bin", PNG_BASE64, { base64: true });
    const out = await zip.generateAsync({ type: "base64" });
    const back = await JSZip.loadAsync(out, { base64: true });
    expect(Buffer.from(await back.file("a.bin")!.async("uint8array")).toString("base64")).toBe(PNG_BASE64);
  });
});
