import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { accountSlug, capSlug, foldToAscii, MAX_SLUG_LENGTH } from "../../src/batch/slug.js";
import { findCollisions, outputFileName } from "../../src/batch/output-names.js";

describe("foldToAscii", () => {
  it.each([
    ["Maison Dorée Distribution", "maison-doree-distribution"],
    ["Łódź Żywność Spółka", "lodz-zywnosc-spolka"],
    ["Straße & Söhne", "strasse-and-sohne"],
    ["Æbleskiver Œuvre Ørsted", "aebleskiver-oeuvre-orsted"],
    ["Đặng Văn Lâm", "dang-van-lam"],
    ["  --Hello,   World!!  ", "hello-world"],
    ["ＡＢＣ１２３", "abc123"],
    ["Café-Noir", "cafe-noir"],
  ])("%s -> %s", (name, slug) => {
    expect(foldToAscii(name)).toBe(slug);
  });

  it("folds names with no Latin letters to nothing", () => {
    expect(foldToAscii("上海百货集团")).toBe("");
  });

  it("always gives lowercase ASCII letters, digits and inner single hyphens", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => {
      expect(foldToAscii(s)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    }));
  });
});

describe("accountSlug", () => {
  it("falls back to the plan file's base name for a Chinese-only name", () => {
    expect(accountSlug("上海百货集团", "/p/shanghai-baihuo.yaml")).toBe("shanghai-baihuo");
  });

  it("caps at 60 characters at a hyphen boundary", () => {
    const name = "The Very Long International Consolidated Retail Distribution Company of Northern Europe";
    const slug = accountSlug(name, "/x.yaml");
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe("the-very-long-international-consolidated-retail-distribution");
    expect(name.toLowerCase().replace(/ /g, "-").startsWith(slug)).toBe(true);
  });

  it("cuts a single enormous word hard rather than keeping almost nothing", () => {
    expect(capSlug("ab-" + "x".repeat(100))).toHaveLength(60);
  });
});

describe("output names", () => {
  it("names outputs slug-period-audience.ext", () => {
    expect(outputFileName({ slug: "maison-doree-distribution", period: "2026-Q4", audience: "client", kind: "pdf" }))
      .toBe("maison-doree-distribution-2026-Q4-client.pdf");
    expect(outputFileName({ slug: "a", period: "2026-Q1", audience: "internal", kind: "layout" })).toBe("a-2026-Q1-internal.layout.json");
  });

  it("reports each colliding plan with the others", () => {
    const c = findCollisions([
      { file: "a.yaml", stem: "x-2026-Q4" }, { file: "b.yaml", stem: "y-2026-Q4" }, { file: "c.yaml", stem: "x-2026-Q4" },
    ]);
    expect(Object.fromEntries(c)).toEqual({ "a.yaml": ["c.yaml"], "c.yaml": ["a.yaml"] });
  });
});
