// The layout stage: semantic Deck -> DeckLayout (the IR both renderers replay).
// Each slide kind has its own layout file registered in LAYOUTS; the table is
// typed `{ [K in SlideKind]: ... }`, so adding a kind to the deck types without
// a layout is a compile error. Registering a kind: one import, one line.
import type { Deck, DeckSlide, SlideKind } from "../deck/types.js";
import type { Theme } from "../theme/schema.js";
import type { DeckLayout, LayoutWarning, SlideLayout } from "./types.js";
import { createLayoutContext, type LayoutContext } from "./context.js";
import { addFooters } from "./frame.js";
import { sharedSlideLayout } from "./slide-memo.js";
import { findUndrawableText } from "./text-kit.js";
import { layoutCover } from "./cover.js";
import { layoutAgenda } from "./agenda.js";
import { layoutSwot } from "./swot.js";
import { layoutReview } from "./review.js";
import { layoutAccount } from "./account.js";
import { layoutSwotGrid } from "./swot-grid.js";
import { layoutActions } from "./actions.js";
import { layoutCustom } from "./custom.js";
import { layoutStakeholderMap } from "./stakeholder-map.js";
import { layoutStakeholderTable } from "./stakeholder-table.js";
import { layoutObjective } from "./objective.js";
import { layoutSolution } from "./solution.js";
import { layoutFollowup } from "./followup.js";
import { layoutValidation } from "./validation.js";
import { withFields } from "./with-fields.js";

export type { LayoutContext } from "./context.js";
export { MissingCharactersError } from "./text-kit.js";

/** One semantic slide may become several laid-out slides (continuation slides). */
export type LayoutFn<S extends DeckSlide = DeckSlide> = (slide: S, ctx: LayoutContext) => SlideLayout[];

type LayoutTable = { [K in SlideKind]: LayoutFn<Extract<DeckSlide, { kind: K }>> };

const LAYOUTS: LayoutTable = {
  cover: layoutCover,
  agenda: layoutAgenda,
  account: layoutAccount,
  swot: layoutSwot,
  "swot-grid": layoutSwotGrid,
  actions: layoutActions,
  review: layoutReview,
  custom: layoutCustom,
  "stakeholder-map": layoutStakeholderMap,
  "stakeholder-table": layoutStakeholderTable,
  objective: layoutObjective,
  solution: layoutSolution,
  followup: layoutFollowup,
  validation: layoutValidation,
};

export function layoutSlide(slide: DeckSlide, ctx: LayoutContext): SlideLayout[] {
  const fn = LAYOUTS[slide.kind] as LayoutFn;
  return fn(slide, ctx);
}

/** Throws MissingCharactersError (src/layout/text) when the deck holds text no font of the theme can draw. */
export function layoutDeck(deck: Deck, opts: { theme: Theme; themeDir: string }): DeckLayout {
  const warnings: LayoutWarning[] = [];
  const ctx = createLayoutContext({ theme: opts.theme, themeDir: opts.themeDir, info: deck.info, warnings });
  const laidOut: SlideLayout[] = [];
  let section: string | undefined;
  for (const slide of deck.slides) {
    const pages = sharedSlideLayout(slide, ctx, (slideCtx) => {
      const laid = layoutSlide(slide, slideCtx);
      // Emoji, Arabic... in any field: one clear error naming the characters, never empty boxes in the PDF.
      const undrawable = findUndrawableText(slideCtx.fonts, laid);
      if (undrawable) throw undrawable;
      return laid;
    });
    // One outline entry per section: on the first page of the first slide of each section.
    if (pages.length && slide.section !== section) pages[0] = withFields(pages[0], { bookmark: slide.title });
    section = slide.section;
    laidOut.push(...pages);
  }
  return {
    width: opts.theme.slide.width,
    height: opts.theme.slide.height,
    audience: deck.info.audience,
    meta: deckMeta(deck),
    fonts: { face: opts.theme.fonts.face, twin: opts.theme.fonts.twin, fallbacks: [...opts.theme.fonts.fallbacks] },
    slides: addFooters(ctx, laidOut),
    warnings,
  };
}

function deckMeta(deck: Deck): DeckLayout["meta"] {
  const cover = deck.slides.find((s) => s.kind === "cover");
  const headline = cover?.kind === "cover" ? cover.headline : deck.info.periodLabel;
  return {
    title: `${deck.info.account} - ${headline}`,
    author: deck.info.author,
    subject: headline,
    language: deck.info.locale,
    timestamp: deck.info.timestamp,
    keywords: [deck.info.account, deck.info.periodLabel].join(", "),
  };
}
