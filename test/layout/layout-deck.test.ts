import { describe, expect, it } from "vitest";
import type { DeckSlide } from "../../src/deck/types.js";
import type { TextPrimitive } from "../../src/layout/types.js";
import { layoutSlides } from "./deck-fixture.js";
import { actionsSlide } from "./stress-fixtures.js";
import { checkLayoutInvariants } from "./invariants.js";
import { contrastRatio } from "../../src/layout/color.js";
import { MissingCharactersError } from "../../src/layout/layout-deck.js";
import type { ActionsSlide } from "../../src/deck/types.js";

function withAction(slide: ActionsSlide, text: string): ActionsSlide {
  const [first, ...rest] = slide.groups;
  return { ...slide, groups: [{ ...first, rows: [{ ...first.rows[0], action: text }, ...first.rows.slice(1)] }, ...rest] };
}

const cover: DeckSlide = {
  kind: "cover",
  section: "cover",
  title: "Maison Dorée Distribution",
  account: "Maison Dorée Distribution",
  headline: "Revue trimestrielle T4 2026",
  manager: { name: "Julien Roux", title: "Key Account Manager" },
  date: "26 nov. 2026",
};
const review: DeckSlide = {
  kind: "review",
  section: "review",
  title: "Revue trimestrielle T4 2026",
  panels: [
    { key: "successes", heading: "Réussites", items: ["Opération -50 % : +6 % de volume"] },
    { key: "obstacles", heading: "Obstacles", items: [] },
    { key: "opportunities", heading: "Nouvelles opportunités", items: ["12 nouveaux hypermarchés"] },
    { key: "decisions", heading: "Décisions à prendre", items: ["Valider le planogramme"] },
  ],
};

const footerTexts = (s: { primitives: unknown[] }) => (s.primitives as TextPrimitive[]).filter((p) => p.type === "text" && p.role === "footer").map((p) => p.paragraphs[0].lines[0].map((r) => r.text).join(""));

describe("layoutDeck", () => {
  it("numbers pages after continuation slides exist, and leaves the cover without a footer", async () => {
    const { layout } = await layoutSlides([cover, actionsSlide(30), review]);
    const n = layout.slides.length;
    expect(n).toBeGreaterThan(3);
    expect(footerTexts(layout.slides[0])).toEqual(["Confidentiel - usage interne"]); // the cover's mark, no page number
    layout.slides.slice(1).forEach((s, i) => expect(footerTexts(s)).toContain(`${i + 2} / ${n}`));
    expect(footerTexts(layout.slides[1])).toContain("Maison Dorée Distribution  ·  T4 2026");
  });

  it("bookmarks only the first slide of each section and fills the metadata", async () => {
    const { layout } = await layoutSlides([cover, actionsSlide(30), review]);
    expect(layout.slides.map((s) => s.bookmark).filter(Boolean)).toEqual(["Maison Dorée Distribution", "Plan d'actions", "Revue trimestrielle T4 2026"]);
    expect(layout.slides[2].bookmark).toBeUndefined();
    expect(layout.meta).toMatchObject({ title: "Maison Dorée Distribution - Revue trimestrielle T4 2026", author: "Julien Roux", language: "fr-FR", timestamp: 1_795_651_200 });
    expect(layout.audience).toBe("internal");
    expect(layout.fonts.face).toBe("Calibri");
  });

  it("leaves the confidentiality mark off client decks", async () => {
    const { layout } = await layoutSlides([cover, review], { info: { audience: "client", confidentialMark: undefined } });
    expect(layout.slides.flatMap(footerTexts).some((t) => /Confidentiel/.test(t))).toBe(false);
  });

  it("makes the decisions panel the strongest: primary fill with readable text", async () => {
    const { layout, theme } = await layoutSlides([review]);
    const prims = layout.slides[0].primitives;
    const filled = prims.filter((p) => p.type === "rect" && p.fill === theme.colors.primary);
    expect(filled.length).toBe(1);
    const decision = prims.find((p): p is TextPrimitive => p.type === "text" && p.paragraphs[0]?.lines[0]?.[0]?.text === "Valider le planogramme")!;
    expect(contrastRatio(decision.style.color, theme.colors.primary)).toBeGreaterThanOrEqual(4.5);
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });

});

describe("text no font of the theme can draw", () => {
  const custom = (over: Partial<Extract<DeckSlide, { kind: "custom" }>>): DeckSlide => ({ kind: "custom", section: "custom", title: "Notes", bullets: [], ...over });
  const failure = async (slides: DeckSlide[]) => layoutSlides(slides).then(() => undefined, (err: unknown) => err);

  it("fails with one typed error naming the field and the code points of an emoji in a table cell", async () => {
    expect(await failure([cover, actionsSlide(3, 1)])).toBeUndefined(); // the same deck without the emoji builds
    const err = await failure([cover, withAction(actionsSlide(3, 1), "Livrer 👍")]);
    expect(err).toBeInstanceOf(MissingCharactersError);
    expect((err as MissingCharactersError).field).toBe("actions[0].action");
    expect((err as Error).message).toContain("U+1F44D");
  });

  it("finds Arabic in a table cell and names the slide when the cell names no field", async () => {
    const err = await failure([custom({ title: "Tarifs", table: { columns: ["Pays", "Prix"], rows: [["مصر", "12"]], numeric: [false, true] } })]);
    expect(err).toBeInstanceOf(MissingCharactersError);
    expect((err as MissingCharactersError).characters).toEqual(["م", "ص", "ر"]);
    expect((err as Error).message).toContain('the custom slide "Tarifs"');
    expect((err as Error).message).toContain("U+0645");
  });

  it("reports Devanagari as missing (noto-sans-sc claims part of its range) and says when it is in a slide title", async () => {
    const err = await failure([custom({ title: "नमस्ते", bullets: ["ok"] })]);
    expect(err).toBeInstanceOf(MissingCharactersError);
    expect((err as Error).message).toMatch(/^the title of the custom slide "नमस्ते": .*U\+0928/);
  });

  it("accepts Polish, Greek, Cyrillic and Chinese text (drawn by the twin's subsets and the fallback)", async () => {
    expect(await failure([custom({ title: "Łódź, Αθήνα, Москва", bullets: ["上海 仓库"] })])).toBeUndefined();
  });
});

describe("theme logo", () => {
  it("shows our logo on the cover and in every footer, aspect ratio kept, inside the footer band", async () => {
    const { layoutDeck } = await import("../../src/layout/layout-deck.js");
    const { loadThemeOrThrow, ROOT } = await import("./pipeline.js");
    const { readImageSize } = await import("../../src/layout/image-size.js");
    const { deckInfo } = await import("./deck-fixture.js");
    const { theme, dir } = await loadThemeOrThrow("default");
    const logo = `${ROOT}/samples/logos/maison-doree.png`;
    const layout = layoutDeck({ info: deckInfo(), slides: [cover, review] }, { theme: { ...theme, logo }, themeDir: dir });
    const px = readImageSize(logo)!;
    for (const slide of layout.slides) {
      const images = slide.primitives.filter((p) => p.type === "image");
      expect(images.length).toBe(1);
      const img = images[0] as { w: number; h: number; y: number };
      expect(img.w / img.h).toBeCloseTo(px.width / px.height, 3);
    }
    expect(checkLayoutInvariants(layout, { theme })).toEqual([]);
  });
});
