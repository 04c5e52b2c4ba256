// The cross-reference lines written in one go (fast-writes.ts) must format
// offsets as pdfkit's _finalize does: `0000000000${offset}`.slice(-10).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { xrefOffsetText } from "../../../src/render/pdf/fast-writes.js";

const pdfkitOffset = (offset: number | null) => `0000000000${offset}`.slice(-10);

describe("xrefOffsetText", () => {
  it("is pdfkit's ten-digit offset", () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.integer({ min: 0, max: 1e12 }), fc.constant(null)), (offset) => {
        expect(xrefOffsetText(offset)).toBe(pdfkitOffset(offset));
      }),
    );
    for (const offset of [0, 9, 15, 999999999, 1000000000, 12345678901, null]) expect(xrefOffsetText(offset)).toBe(pdfkitOffset(offset));
  });
});
