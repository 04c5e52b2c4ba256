import { describe, expect, it } from "vitest";
import type { DeckSlide } from "../../src/deck/types.js";
import type { TextPrimitive } from "../../src/layout/types.js";
import { layoutSlides } from "./deck-fixture.js";
import { actionsSlide } from "./stress-fixtures.js";
import { checkLayoutInvariants } from "./invariants.js";
import { contrastRatio } from "../../src/layout/color.js";

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

  it("throws a clear error for a kind whose layout is still pending", async () => {
    const slide = { kind: "validation", section: "validation", title: "Validation", toValidate: [], facts: [], signatureLabels: [] } as DeckSlide;
    const pending = await import("../../src/layout/pending.js");
    if (!pending.pendingKinds.has("validation")) return; // registered since: nothing pending to check
    await expect(layoutSlides([slide])).rejects.toThrow("layout for validation not implemented yet");
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
