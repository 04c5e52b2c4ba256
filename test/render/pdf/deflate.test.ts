// The kept, reset zlib engines must give deflateSync's bytes for any input, at
// any level, whatever was deflated before (and across the output chunk size).
import { describe, expect, it } from "vitest";
import { deflateSync, inflateSync } from "node:zlib";
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { deflateWhole } from "../../../src/render/pdf/deflate.js";
import { xmlLike } from "../xml-like-input.js";

const text = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => `1 0 0 1 ${i % 960} ${(i * 7) % 540} Tm [<00${(i % 97).toString(16)}> 0] TJ`).join("\n"), "latin1");

describe("deflateWhole", () => {
  it("gives deflateSync's bytes, interleaving levels and sizes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(-1, 1, 3, 6, 9), fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 0, max: 2000 }))), (calls) => {
        for (const [level, bytes, lines] of calls) {
          const input = Buffer.concat([bytes, text(lines)]);
          expect(Buffer.from(deflateWhole(input, level)).equals(deflateSync(input, { level }))).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  // A reset engine used to read what a longer earlier stream left past the end
  // of a shorter one: 13 to 17 of these 1,500 XML-like streams came out
  // different before engines were reused only for inputs at least as long.
  it("gives deflateSync's bytes after longer streams left the window dirty", () => {
    for (const level of [3, 6]) {
      let differing = 0;
      for (let i = 0; i < 1500; i++) {
        const input = xmlLike(1 + ((i * 7919) % 40000), i);
        if (!Buffer.from(deflateWhole(input, level)).equals(deflateSync(input, { level }))) differing++;
      }
      expect(differing).toBe(0);
    }
  });

  it("handles empty input and output larger than one chunk", () => {
    expect(Buffer.from(deflateWhole(new Uint8Array(0), 3)).equals(deflateSync(new Uint8Array(0), { level: 3 }))).toBe(true);
    const noise = randomBytes(300 * 1024);
    const out = deflateWhole(noise, 3);
    expect(out.length).toBeGreaterThan(200 * 1024);
    expect(Buffer.from(out).equals(deflateSync(noise, { level: 3 }))).toBe(true);
    expect(inflateSync(out).equals(noise)).toBe(true);
    expect(Buffer.from(deflateWhole(text(5000), -1)).equals(deflateSync(text(5000)))).toBe(true);
  });
});
