// The kept engine serves inputs of any length (at level 0 up to 32 KiB) as
// long as they come no shorter than the ones before: past the window's size it
// slides, and the bytes must still be those of a fresh engine.
import { deflateRawSync, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { keptDeflate, type DeflateFormat } from "../../src/render/kept-deflate.js";
import { xmlLike } from "./xml-like-input.js";

const reference = (format: DeflateFormat, input: Buffer, level: number) =>
  format === "raw" ? deflateRawSync(input, { level }) : deflateSync(input, { level });

/** Sizes around the window's edges (64 KiB, the first slide at 65,274), sorted as writeZip sorts a package's parts. */
function deckSizes(deck: number): number[] {
  const edges = [32_768, 65_274, 65_536, 131_072, 200_000];
  return Array.from({ length: 24 }, (_, i) => {
    const r = (deck * 7919 + i * 104_729) % 1201;
    return i % 3 === 0 ? edges[(deck + i) % edges.length] + r - 600 : (r * 97) % 40_000;
  }).sort((a, b) => a - b);
}

describe("keptDeflate", () => {
  it.each(["raw", "zlib"] as const)("gives the Sync function's %s bytes for decks of parts up to 200 KiB, shortest first", (format) => {
    let differing = 0;
    for (let deck = 0; deck < 6; deck++) {
      for (const [i, size] of deckSizes(deck).entries()) {
        const input = xmlLike(size, deck * 100 + i);
        for (const level of deck % 2 ? [6] : [6, 9]) if (!keptDeflate(format, input, level).equals(reference(format, input, level))) differing++;
      }
    }
    expect(differing).toBe(0);
  });

  it("gives the Sync function's bytes for large inputs of equal length after one another", () => {
    for (const size of [65_273, 65_274, 65_536, 70_000, 140_000]) {
      for (let k = 0; k < 3; k++) {
        const input = xmlLike(size, size + k);
        expect(keptDeflate("raw", input, 6).equals(deflateRawSync(input, { level: 6 }))).toBe(true);
      }
    }
  });

  it("leaves level 0 over 32 KiB to the Sync function (stored blocks are cut by the output space)", () => {
    for (const size of [30_000, 40_000, 100_000, 300_000]) {
      const input = xmlLike(size, size);
      expect(keptDeflate("raw", input, 0).equals(deflateRawSync(input, { level: 0 }))).toBe(true);
    }
  });
});
