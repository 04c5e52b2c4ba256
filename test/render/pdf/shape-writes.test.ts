// Shapes written as one string (paint.ts, rect.ts, line.ts) must be the very
// lines pdfkit's own calls write, and leave the same state (fill colour, matrix).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import PDFDocument from "pdfkit";
import type { Stroke } from "../../../src/layout/types.js";
import { drawRect } from "../../../src/render/pdf/rect.js";
import { drawLinePrimitive } from "../../../src/render/pdf/line.js";
import { drawEllipse } from "../../../src/render/pdf/ellipse.js";
import { drawPolygon } from "../../../src/render/pdf/polygon.js";
import { fillRect, writeStrokedSegments } from "../../../src/render/pdf/paint.js";

type Doc = PDFKit.PDFDocument;
const newDoc = (): Doc => {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, font: null as unknown as string });
  doc.addPage({ size: [960, 540], margin: 0 });
  return doc;
};
const contents = (doc: Doc) => Buffer.concat((doc as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content.buffer).toString("latin1");
const state = (doc: Doc) => {
  const d = doc as unknown as { _fillColor: unknown; _ctm: number[]; _ctmStack: unknown[] };
  return { fill: d._fillColor, ctm: d._ctm, depth: d._ctmStack.length };
};

/** pdfkit's own calls for a stroke's width, colour and dash (what applyStroke did before). */
function pdfkitStroke(doc: Doc, stroke: Stroke): void {
  const w = stroke.width;
  doc.lineWidth(w);
  doc.strokeColor(stroke.color);
  if (stroke.dash === "dash") doc.dash(4 * w, { space: 3 * w });
  else if (stroke.dash === "dot") doc.dash(w, { space: w });
  else doc.undash();
}

/** pdfkit's own calls for a painted path (what paintPath did before). */
function pdfkitPaint(doc: Doc, p: { fill?: string; stroke?: Stroke }): void {
  const stroked = !!p.stroke && p.stroke.width > 0;
  if (stroked) pdfkitStroke(doc, p.stroke!);
  if (p.fill && stroked) doc.fillAndStroke(p.fill, p.stroke!.color);
  else if (p.fill) doc.fill(p.fill);
  else if (stroked) doc.stroke();
  else doc.addContent("n");
}

/** Draws with our writer and with pdfkit's own calls; both must write the same lines and leave the same state. */
function expectPdfkitLines(ours: (doc: Doc) => void, pdfkit: (doc: Doc) => void): void {
  const a = newDoc();
  const b = newDoc();
  ours(a);
  pdfkit(b);
  expect(contents(a)).toBe(contents(b));
  expect(state(a)).toEqual(state(b));
}

/** pdfkit's save(), a path, the paint, restore(). */
const pdfkitShape = (path: (doc: Doc) => void, pt: { fill?: string; stroke?: Stroke }) => (doc: Doc) => {
  doc.save();
  path(doc);
  pdfkitPaint(doc, pt);
  doc.restore();
};

const coord = fc.double({ min: -20, max: 20, noNaN: true });
const color = fc.constantFrom("#000000", "#1F4E79", "#ffffff", "#a1B2c3");
const stroke = fc.record({ width: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 8, noNaN: true })), color, dash: fc.constantFrom(undefined, "solid", "dash", "dot") }) as fc.Arbitrary<Stroke>;
const paint = fc.record({ fill: fc.option(color, { nil: undefined }), stroke: fc.option(stroke, { nil: undefined }) });

describe("shapes written in one go", () => {
  it("rectangles, rounded or not: pdfkit's lines and state", () => {
    fc.assert(
      fc.property(coord, coord, coord, coord, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), paint, (x, y, w, h, radius, pt) => {
        expectPdfkitLines(
          (doc) => drawRect(doc, { type: "rect", x, y, w, h, radius, ...pt } as never),
          pdfkitShape((doc) => (radius && radius > 0 ? doc.roundedRect(x * 72, y * 72, w * 72, h * 72, radius * 72) : doc.rect(x * 72, y * 72, w * 72, h * 72)), pt),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("ellipses and lines: pdfkit's lines and state", () => {
    fc.assert(
      fc.property(coord, coord, coord, coord, paint, stroke, (x, y, w, h, pt, s) => {
        expectPdfkitLines(
          (doc) => drawEllipse(doc, { type: "ellipse", x, y, w, h, ...pt } as never),
          pdfkitShape((doc) => doc.ellipse((x + w / 2) * 72, (y + h / 2) * 72, (w / 2) * 72, (h / 2) * 72), pt),
        );
        const line = { ...s, width: Math.max(s.width, 0.5) };
        expectPdfkitLines(
          (doc) => drawLinePrimitive(doc, { type: "line", x1: x, y1: y, x2: w, y2: h, stroke: line } as never),
          (doc) => {
            doc.save();
            pdfkitStroke(doc, line);
            doc.moveTo(x * 72, y * 72).lineTo(w * 72, h * 72).stroke();
            doc.restore();
          },
        );
      }),
      { numRuns: 300 },
    );
  });

  it("filled rectangles and stroked segments (backgrounds, table fills and grids): pdfkit's lines and state", () => {
    fc.assert(
      fc.property(coord, coord, coord, coord, color, stroke, fc.array(fc.tuple(coord, coord, coord, coord), { maxLength: 6 }), (x, y, w, h, c, s, segments) => {
        const line = { ...s, width: Math.max(s.width, 0.5) };
        const pts = segments.map(([a, b, d, e]): [number, number, number, number] => [a * 72, b * 72, d * 72, e * 72]);
        expectPdfkitLines(
          (doc) => {
            fillRect(doc, x * 72, y * 72, w * 72, h * 72, c);
            expect(writeStrokedSegments(doc, line, pts)).toBe(true);
          },
          (doc) => {
            doc.rect(x * 72, y * 72, w * 72, h * 72).fill(c);
            doc.save();
            pdfkitStroke(doc, line);
            for (const [a, b, d, e] of pts) doc.moveTo(a, b).lineTo(d, e);
            doc.stroke();
            doc.restore();
          },
        );
      }),
      { numRuns: 300 },
    );
  });

  it("polygons: pdfkit's lines and state", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 3, maxLength: 8 }), paint, (points, pt) => {
        expectPdfkitLines(
          (doc) => drawPolygon(doc, { type: "polygon", points: points.map(([x, y]) => ({ x, y })), ...pt } as never),
          pdfkitShape((doc) => doc.polygon(...points.map(([x, y]): [number, number] => [x * 72, y * 72])), pt),
        );
      }),
      { numRuns: 300 },
    );
  });
});
