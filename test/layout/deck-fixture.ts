// Hand-built decks for the slide-layout tests: a fixed DeckInfo and a helper
// that lays out a few semantic slides with a real theme and the real font stack.
import type { Deck, DeckInfo, DeckSlide } from "../../src/deck/types.js";
import type { DeckLayout } from "../../src/layout/types.js";
import type { Theme } from "../../src/theme/schema.js";
import { layoutDeck } from "../../src/layout/layout-deck.js";
import { loadThemeOrThrow } from "./pipeline.js";

export function deckInfo(over: Partial<DeckInfo> = {}): DeckInfo {
  return {
    audience: "internal",
    language: "fr",
    locale: "fr-FR",
    account: "Maison Dorée Distribution",
    periodLabel: "T4 2026",
    period: "2026-Q4",
    currency: "EUR",
    confidentialMark: "Confidentiel - usage interne",
    author: "Julien Roux",
    date: "2026-11-26",
    timestamp: 1_795_651_200,
    ...over,
  };
}

export async function layoutSlides(slides: DeckSlide[], opts: { theme?: string; info?: Partial<DeckInfo> } = {}): Promise<{ layout: DeckLayout; theme: Theme }> {
  const { theme, dir } = await loadThemeOrThrow(opts.theme ?? "default");
  const deck: Deck = { info: deckInfo(opts.info), slides };
  return { layout: layoutDeck(deck, { theme, themeDir: dir }), theme };
}
