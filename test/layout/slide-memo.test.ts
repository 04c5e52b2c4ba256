// The slide memo hands the client deck the slides the internal deck already laid
// out: the client deck must come out exactly as when laid out on its own,
// warnings included, and what one deck does with its IR must not reach the other.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { layoutDeck } from "../../src/layout/layout-deck.js";
import { composeFor, loadPlan, loadThemeOrThrow, ROOT } from "./pipeline.js";
import type { DeckLayout, LayoutWarning, SlideLayout, TextPrimitive } from "../../src/layout/types.js";
import type { DeckSlide } from "../../src/deck/types.js";
import { createLayoutContext, type LayoutContext } from "../../src/layout/context.js";
import { sharedSlideLayout } from "../../src/layout/slide-memo.js";
import { deckInfo } from "./deck-fixture.js";

const plans = ["samples/maison-doree.yaml", "samples/northwind-robotics.yaml", "samples/portfolio/cordier-boulangeries.yaml"].map((p) => join(ROOT, p));

describe.each(plans)("%s", (file) => {
  it.each(["default", "midnight"])("theme %s: the client deck after the internal one equals the client deck alone", async (themeName) => {
    const plan = await loadPlan(file);
    // Separate theme objects: each has its own memo.
    const alone = await loadThemeOrThrow(themeName);
    const shared = await loadThemeOrThrow(themeName);
    const expected = layoutDeck(composeFor(plan, file, "client"), { theme: alone.theme, themeDir: alone.dir });
    const internal = layoutDeck(composeFor(plan, file, "internal"), { theme: shared.theme, themeDir: shared.dir });
    scribbleOver(internal);
    const client = layoutDeck(composeFor(plan, file, "client"), { theme: shared.theme, themeDir: shared.dir });
    expect(client).toEqual(expected);
    expect(client.warnings).toEqual(expected.warnings);
  });
});

it("replays the warnings of a shared slide into the deck that takes it", async () => {
  const { theme, dir } = await loadThemeOrThrow("default");
  const slide = { kind: "custom", section: "custom", title: "Notes", bullets: [] } as unknown as DeckSlide;
  const page: SlideLayout = { kind: "custom", title: "Notes", background: "#FFFFFF", primitives: [] };
  const contextFor = (audience: "internal" | "client") => {
    const warnings: LayoutWarning[] = [];
    return { warnings, ctx: createLayoutContext({ theme, themeDir: dir, info: deckInfo(audience === "client" ? { audience, confidentialMark: undefined } : { audience }), warnings }) };
  };
  let calls = 0;
  const layout = (ctx: LayoutContext) => {
    calls++;
    ctx.warn("custom_sections[0].title", "text shortened to fit the slide title");
    ctx.text({ x: 0, y: 0, w: 1, h: 0.3, paragraphs: [{ text: "far too long for this box ".repeat(6) }], ellipsis: true, field: "custom_sections[0].bullets[0]" });
    return [page];
  };
  const first = contextFor("internal");
  const firstPages = sharedSlideLayout(slide, first.ctx, layout);
  const second = contextFor("client");
  const secondPages = sharedSlideLayout(slide, second.ctx, layout);
  expect(calls).toBe(1);
  expect(second.warnings).toEqual(first.warnings);
  expect(second.warnings.length).toBe(2);
  expect(secondPages).toEqual(firstPages);
  expect(secondPages[0]).not.toBe(firstPages[0]);
});

it("keeps a slide no deck took for one more deck only", async () => {
  const { theme, dir } = await loadThemeOrThrow("default");
  const slideOf = (title: string) => ({ kind: "custom", section: "custom", title, bullets: [] }) as unknown as DeckSlide;
  const deck = () => createLayoutContext({ theme, themeDir: dir, info: deckInfo(), warnings: [] });
  let calls = 0;
  const layout = (): SlideLayout[] => {
    calls++;
    return [{ kind: "custom", title: "Notes", background: "#FFFFFF", primitives: [] }];
  };
  sharedSlideLayout(slideOf("left behind"), deck(), layout);
  sharedSlideLayout(slideOf("other"), deck(), layout);
  sharedSlideLayout(slideOf("left behind"), deck(), layout);
  expect(calls).toBe(3);
  const next = deck();
  sharedSlideLayout(slideOf("taken"), next, layout);
  sharedSlideLayout(slideOf("taken"), deck(), layout);
  expect(calls).toBe(4);
});

/** What a careless renderer might do to the IR it was given. */
function scribbleOver(layout: DeckLayout): void {
  for (const slide of layout.slides) {
    for (const p of slide.primitives) {
      (p as { x: number }).x = -1;
      if (p.type === "text") (p as TextPrimitive).paragraphs.length = 0;
    }
    slide.primitives.length = 0;
  }
}
