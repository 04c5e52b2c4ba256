import { deflateRawSync, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { deflateRawWhole } from "../../../../src/render/pptx/postprocess/raw-deflate.js";
import { xmlLike } from "../../xml-like-input.js";

describe("deflateRawWhole", () => {
  // A reset engine reads what a longer earlier part left past the end of a
  // shorter one: in this sequence, several parts came out different when the
  // engine was reused regardless of length.
  it("gives deflateRawSync's bytes for parts in any order of size, at levels 6 and 0", () => {
    let differing = 0;
    for (let i = 0; i < 1500; i++) {
      const part = xmlLike(1 + ((i * 7919) % 40000), i);
      for (const level of [6, 0]) {
        const ours = deflateRawWhole(part, level);
        if (!ours.equals(deflateRawSync(part, { level }))) differing++;
      }
    }
    expect(differing).toBe(0);
  });

  it("gives deflateRawSync's bytes for parts shortest first, the order writeZip uses", () => {
    const parts = Array.from({ length: 300 }, (_, i) => xmlLike(1 + ((i * 104729) % 30000), i + 7)).sort((a, b) => a.length - b.length);
    for (const part of parts) expect(deflateRawWhole(part, 6).equals(deflateRawSync(part, { level: 6 }))).toBe(true);
  });

  it("round-trips empty and large parts", () => {
    for (const part of [Buffer.alloc(0), xmlLike(200_000, 3), Buffer.alloc(100_000, 0x41)]) {
      expect(inflateRawSync(deflateRawWhole(part, 6)).equals(part)).toBe(true);
      expect(deflateRawWhole(part, 6).equals(deflateRawSync(part, { level: 6 }))).toBe(true);
    }
  });
});
