import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BULLET_INDENT, layoutTextBox, lineHeightFor } from "../../../src/layout/text/index.js";
import { stack, widthIn } from "./stack.js";

const word = fc.constantFrom("la", "revue", "trimestrielle", "Kraków", "Łukasz", "co-construire", "12\u00a0%", "achats", "上海", "王芳负责", ":", "«\u00a0oui\u00a0»", "Saint-Étienne/Lyon");
const text = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(" "));
const paragraph = fc.record({ text, bullet: fc.boolean(), bold: fc.boolean(), spaceBefore: fc.constantFrom(0, 4, 6) });

describe("layoutTextBox properties", () => {
  it("stays within its bounds at every size it chooses", () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 6 }),
        fc.double({ min: 1.2, max: 6, noNaN: true }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.constantFrom(12, 13, 16, 20),
        fc.boolean(),
        (paragraphs, w, h, size, ellipsis) => {
          const padding = 0.06;
          const minSize = 10;
          const r = layoutTextBox(stack, { paragraphs, w, h, padding, size, minSize, ellipsis });
          expect(r.size).toBeGreaterThanOrEqual(minSize);
          expect(r.size).toBeLessThanOrEqual(size);
          expect(r.lineHeight).toBe(lineHeightFor(r.size));
          if (r.fits) {
            expect(r.height).toBeLessThanOrEqual(h + 1e-9);
            expect(r.overflowFrom).toBeUndefined();
            // The next size up did not fit (or this is the preferred size).
            if (r.size < size) expect(layoutTextBox(stack, { paragraphs, w, h, padding, size: r.size + 0.5, minSize: r.size + 0.5 }).fits).toBe(false);
          } else {
            expect(r.size).toBe(minSize);
            expect(r.overflowFrom).toBeGreaterThanOrEqual(0);
            expect(r.overflowFrom).toBeLessThan(paragraphs.length);
            if (ellipsis && r.height > h + 1e-9) expect(r.paragraphs.flatMap((p) => p.lines)).toHaveLength(1);
          }
          r.paragraphs.forEach((p) => {
            const inner = w - 2 * padding - (p.bullet ? BULLET_INDENT : 0);
            for (const line of p.lines) expect(widthIn(line[0].text, r.size, line[0].bold ?? false)).toBeLessThanOrEqual(inner + 1e-9);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
