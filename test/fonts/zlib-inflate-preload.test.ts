import { createRequire } from "node:module";
import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inflateInto, seedTinyInflate } from "../../src/fonts/zlib-inflate-preload.js";

const require = createRequire(import.meta.url);
// The real tiny-inflate, loaded by path so the seeded cache entry is bypassed.
const tinyInflatePath = createRequire(require.resolve("unicode-trie")).resolve("tiny-inflate");

function realTinyInflate(): (source: Uint8Array, dest: Uint8Array) => Uint8Array {
  const cached = require.cache[tinyInflatePath];
  delete require.cache[tinyInflatePath];
  try {
    return require(tinyInflatePath);
  } finally {
    delete require.cache[tinyInflatePath];
    if (cached) require.cache[tinyInflatePath] = cached;
  }
}

describe("the zlib-backed tiny-inflate", () => {
  const tiny = realTinyInflate();

  it("returns what tiny-inflate returns, filled exactly or not", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.nat(64), (data, spare) => {
        const packed = deflateRawSync(data);
        const a = tiny(packed, new Uint8Array(data.length + spare));
        const b = inflateInto(packed, new Uint8Array(data.length + spare));
        expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
        expect(b.length).toBe(a.length);
        expect(b.buffer.byteLength).toBe(a.buffer.byteLength);
      }),
      { numRuns: 200 },
    );
  });

  it("decodes the Unicode tables of unicode-properties to the same values", () => {
    expect(seedTinyInflate()).toBeGreaterThanOrEqual(0);
    // unicode-properties ships no types; only these three lookups are used here.
    const props = require("unicode-properties") as {
      getCategory(cp: number): string;
      getScript(cp: number): string;
      getEastAsianWidth(cp: number): string;
    };
    // Spot checks across scripts the decks use (Latin, Polish, CJK) and categories.
    expect(props.getCategory("A".codePointAt(0)!)).toBe("Lu");
    expect(props.getCategory("ł".codePointAt(0)!)).toBe("Ll");
    expect(props.getScript("中".codePointAt(0)!)).toBe("Han");
    expect(props.getEastAsianWidth("中".codePointAt(0)!)).toBe("W");
    expect(props.getCategory(" ".codePointAt(0)!)).toBe("Zs");
  });

  it("is what the font packages get once seeded", () => {
    seedTinyInflate();
    expect(createRequire(require.resolve("unicode-trie"))("tiny-inflate")).toBe(inflateInto);
  });
});
