import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { Parts } from "../../../../src/render/pptx/postprocess/parts.js";
import { readZip, writeZip, ZipFormatError } from "../../../../src/render/pptx/postprocess/zip-io.js";
import { centralDirectory } from "../helpers/package.js";

const parts = (): Parts =>
  new Map<string, string | Uint8Array>([
    ["[Content_Types].xml", "<Types>é 供应链</Types>".repeat(50)],
    ["ppt/media/image-1-1.png", new Uint8Array([137, 80, 78, 71, 0, 255])],
  ]);
const date = new Date(Date.UTC(2026, 9, 15, 9, 50, 0));

describe("zip-io", () => {
  it("round-trips parts and is readable by JSZip", async () => {
    const bytes = writeZip(parts(), { date, level: 6 });
    expect(readZip(bytes)).toEqual(parts());
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("[Content_Types].xml")!.async("string")).toBe(parts().get("[Content_Types].xml"));
    expect(await zip.file("ppt/media/image-1-1.png")!.async("uint8array")).toEqual(parts().get("ppt/media/image-1-1.png"));
  });

  it("writes deflated entries in the given order with the given date, identically each time", () => {
    const bytes = writeZip(parts(), { date, level: 6 });
    expect(Buffer.from(writeZip(parts(), { date, level: 6 })).equals(Buffer.from(bytes))).toBe(true);
    const entries = centralDirectory(bytes);
    expect(entries.map((e) => [e.name, e.method, e.date.toISOString()])).toEqual([
      ["[Content_Types].xml", 8, date.toISOString()],
      ["ppt/media/image-1-1.png", 8, date.toISOString()],
    ]);
    expect(entries[0].compressedSize).toBeLessThan(entries[0].size / 5);
  });

  it("returns a file that owns its whole ArrayBuffer (callers may keep `.buffer`)", () => {
    const bytes = writeZip(parts(), { date, level: 6 });
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.length);
    expect(readZip(new Uint8Array(bytes.buffer))).toEqual(parts());
  });

  it("reads stored entries written by JSZip and skips folders", async () => {
    const zip = new JSZip();
    zip.file("a/b.xml", "<b/>");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    expect([...readZip(bytes)]).toEqual([["a/b.xml", "<b/>"]]);
  });

  it("flags UTF-8 names so other readers decode them", async () => {
    const bytes = writeZip(new Map([["docs/Łódź.xml", "<a/>"]]), { date, level: 6 });
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(["docs/Łódź.xml"]);
  });

  it("rejects bytes that are not a zip", () => {
    expect(() => readZip(new Uint8Array(64))).toThrow(ZipFormatError);
  });
});
