// pdfNumber must write numbers as pdfkit 0.20.2 does (PDFObject.number: six
// decimals, an error beyond ±1e21 or for NaN): checked against the line
// pdfkit's own lineWidth() writes for the same number.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import PDFDocument from "pdfkit";
import { pdfNumber } from "../../../src/render/pdf/pdf-number.js";

const doc = new PDFDocument({ autoFirstPage: false, compress: false, font: null as unknown as string });
doc.addPage({ size: [960, 540], margin: 0 });
const chunks = (doc as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content.buffer;

/** What pdfkit writes for `n` in an operator, or undefined where it throws. */
function pdfkitNumber(n: number): string | undefined {
  try {
    doc.lineWidth(n);
  } catch {
    return undefined;
  }
  return Buffer.from(chunks[chunks.length - 1]).toString("latin1").replace(/ w\n$/, "");
}

describe("pdfNumber", () => {
  it("writes every number as pdfkit does", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.double({ min: -2000, max: 2000 }), fc.integer().map((i) => i / 72)), (n) => {
        expect(pdfNumber(n)).toBe(pdfkitNumber(n));
      }),
    );
    for (const n of [0, -0, -1e-7, 4e-7, 5e-7, 1e-6, 540, 43.2, 1 / 3, 2.5e-7, 1e20, -1e20]) expect(pdfNumber(n)).toBe(pdfkitNumber(n));
  });

  it("refuses what pdfkit refuses", () => {
    for (const n of [Number.NaN, Infinity, -Infinity, 1e21, -1e21]) {
      expect(pdfkitNumber(n)).toBeUndefined();
      expect(pdfNumber(n)).toBeUndefined();
    }
  });
});
