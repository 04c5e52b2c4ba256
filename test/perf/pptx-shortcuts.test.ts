// The JSZip shortcut taken while pptxgenjs writes a plan's charts must not
// change what the package holds: the chart's embedded workbook keeps every part.
import JSZip from "jszip";
import type { DeckMeta } from "../../src/layout/types.js";
import { describe, expect, it } from "vitest";
import { takeWorkbookParts, withWorkbookParts } from "../../src/render/pptx/jszip-shortcuts.js";
import { normalizeWorkbook, workbookHandle } from "../../src/render/pptx/postprocess/embedded-workbook.js";

const PNG_BASE64 = Buffer.from("not really a png, but bytes all the same \u00e9").toString("base64");

describe("JSZip shortcuts", () => {
  it("hands a chart writer the workbook's parts, which zip to the same bytes as its base64 zip", async () => {
    const book = () => {
      const zip = new JSZip();
      zip.file("[Content_Types].xml", '<Types><Override PartName="/xl/workbook.xml" ContentType="x"/></Types>');
      zip.file("xl/workbook.xml", "<workbook>é \ud800</workbook>");
      zip.file("xl/media/logo.png", new Uint8Array([1, 2, 3]));
      zip.folder("xl/worksheets")!.file("sheet1.xml", "<worksheet/>");
      return zip;
    };
    // What JSZip itself writes, as pptxgenjs would embed it without the shortcut.
    const base64 = await book().generateAsync({ type: "base64" });
    const marker = await withWorkbookParts(() => book().generateAsync({ type: "base64" }));
    const parts = takeWorkbookParts(marker)!;
    expect([...parts.keys()].sort()).toEqual(["[Content_Types].xml", "xl/media/logo.png", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(takeWorkbookParts(marker)).toBeUndefined();
    expect(takeWorkbookParts(base64)).toBeUndefined();
    const meta: DeckMeta = { title: "T", subject: "S", author: "A", company: "C", language: "fr-FR", keywords: "k", timestamp: 1790000000 };
    const zipped = normalizeWorkbook(new Uint8Array(Buffer.from(base64, "base64")), meta);
    expect(Buffer.from(normalizeWorkbook(workbookHandle(parts), meta)).equals(Buffer.from(zipped))).toBe(true);
  });

  it("leaves JSZip alone outside a chart writer's call, also for a workbook", async () => {
    await withWorkbookParts(async () => undefined);
    const book = new JSZip();
    book.file("xl/workbook.xml", "<workbook>é</workbook>");
    const zipped = await book.generateAsync({ type: "base64" });
    expect(takeWorkbookParts(zipped)).toBeUndefined();
    const back = await JSZip.loadAsync(zipped, { base64: true });
    expect(await back.file("xl/workbook.xml")!.async("string")).toBe("<workbook>é</workbook>");
    const zip = new JSZip();
    zip.file("a.bin", PNG_BASE64, { base64: true });
    const out = await zip.generateAsync({ type: "base64" });
    const binBack = await JSZip.loadAsync(out, { base64: true });
    expect(Buffer.from(await binBack.file("a.bin")!.async("uint8array")).toString("base64")).toBe(PNG_BASE64);
  });
});
