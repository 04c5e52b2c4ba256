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
      fc.property(
        fc.oneof(
          fc.double(),
          fc.double({ min: -2000, max: 2000 }),
          fc.integer().map((i) => i / 72),
          // Exact millionths at every magnitude up to and past where pdfNumber hands over to String().
          fc.tuple(fc.integer({ min: -999999999, max: 999999999 }), fc.integer({ min: 0, max: 14 })).map(([i, e]) => (i * 10 ** e) / 1e6),
          fc.double({ min: -1e21, max: 1e21 }),
        ),
        (n) => {
          expect(pdfNumber(n)).toBe(pdfkitNumber(n));
        },
      ),
      { numRuns: 20000 },
    );
    const edges = [0, -0, -1e-7, 4e-7, 5e-7, 1e-6, -1e-6, 0.1, 0.000105, 540, 43.2, -43.2, 1 / 3, 2.5e-7, 999999.9999995, 7999999999.999999, 8e9, -8e9, 8000000000.000001, 9007199254.740991, 1e20, -1e20];
    for (const n of edges) expect(pdfNumber(n)).toBe(pdfkitNumber(n));
  });

  it("refuses what pdfkit refuses", () => {
    for (const n of [Number.NaN, Infinity, -Infinity, 1e21, -1e21]) {
      expect(pdfkitNumber(n)).toBeUndefined();
      expect(pdfNumber(n)).toBeUndefined();
    }
  });
});
