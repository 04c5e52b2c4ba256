// Remembered deflate results must give the same package as deflating afresh.
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { deflatePart } from "../../src/render/pptx/postprocess/deflate-memo.js";
import { readZip, writeZip } from "../../src/render/pptx/postprocess/zip-io.js";

const crc = (d: Buffer) => zlib.crc32(d);

describe("deflatePart", () => {
  it("returns the bytes, CRC and size of a fresh deflate, on first, second and third sight", () => {
    const xml = `<a:theme name="é">${"<a:x/>".repeat(200)}</a:theme>`;
    const fresh = zlib.deflateRawSync(Buffer.from(xml, "utf8"), { level: 6 });
    for (let i = 0; i < 3; i++) {
      const d = deflatePart(xml, 6, crc);
      expect(d.packed.equals(fresh)).toBe(true);
      expect(d.size).toBe(Buffer.byteLength(xml, "utf8"));
      expect(d.crc).toBe(zlib.crc32(Buffer.from(xml, "utf8")));
    }
  });

  it("gives the same result when told the part will not repeat (slides skip the memo)", () => {
    const xml = `<p:sld name="Slide 3">${"<a:t>€</a:t>".repeat(300)}</p:sld>`;
    const remembered = [deflatePart(xml, 6, crc), deflatePart(xml, 6, crc), deflatePart(xml, 6, crc)];
    const unique = deflatePart(xml, 6, crc, false);
    for (const d of remembered) {
      expect(d.packed.equals(unique.packed)).toBe(true);
      expect([d.crc, d.size]).toEqual([unique.crc, unique.size]);
    }
  });

  it("does not mix levels up", () => {
    const xml = "<p>".repeat(500);
    deflatePart(xml, 6, crc);
    deflatePart(xml, 6, crc);
    expect(deflatePart(xml, 1, crc).packed.equals(zlib.deflateRawSync(Buffer.from(xml), { level: 1 }))).toBe(true);
  });

  it("keeps packages identical and readable when parts repeat across packages", () => {
    const parts = new Map<string, string | Uint8Array>([
      ["[Content_Types].xml", "<Types/>"],
      ["ppt/theme/theme1.xml", "<a:theme/>".repeat(50)],
      ["ppt/media/image-1-1.png", new Uint8Array([137, 80, 78, 71, 1, 2, 3])],
    ]);
    const date = new Date(Date.UTC(2026, 0, 1));
    const first = writeZip(parts, { date, level: 6 });
    const second = writeZip(parts, { date, level: 6 });
    const third = writeZip(parts, { date, level: 6 });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(third).equals(Buffer.from(first))).toBe(true);
    expect(readZip(third).get("ppt/theme/theme1.xml")).toBe("<a:theme/>".repeat(50));
  });
});
