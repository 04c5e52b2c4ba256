// The internal and client decks of one plan are built one after the other and
// share most slides word for word: only slides holding confidential items, the
// stakeholder slides and the cover differ. A slide laid out for one deck is
// kept, with the warnings it raised, and handed to the next deck that has the
// same slide in the same theme and deck context, instead of being measured,
// wrapped and fitted again.
//
// What a slide layout reads is its semantic slide, the theme (and its folder)
// and the deck info; of the info, only the cover reads the confidentiality mark
// (the footer is added later, by layoutDeck), and nothing reads the audience.
// So the key is the slide and the info without those two, and covers are never
// shared. Pages are stored as a private copy (a renderer may not count on the
// IR being shared) and taken out of the memo by the deck that uses them.
import type { DeckInfo, DeckSlide } from "../deck/types.js";
import type { Theme } from "../theme/schema.js";
import type { SlideLayout } from "./types.js";
import { listeningContext, type LayoutContext } from "./context.js";
import { copyPlain } from "./copy-plain.js";

/** Slides kept per theme and deck, a safety bound: a deck has 10 to 30. */
const MAX_SLIDES = 64;

interface Remembered {
  pages: SlideLayout[];
  /** ctx.warn calls made while laying the slide out, in order. */
  warnings: Array<[field: string, message: string]>;
}

/**
 * Two generations per theme: the slides of the deck being laid out and those the
 * deck before it left. A new deck (a new context) drops the older generation, so
 * the slides no other deck took (the internal deck's stakeholder map...) are
 * kept for one deck only, not until 64 others have pushed them out.
 */
interface Generations {
  deck: LayoutContext;
  current: Map<string, Remembered>;
  previous: Map<string, Remembered>;
}

const memos = new WeakMap<Theme, Generations>();

function generationsFor(ctx: LayoutContext): Generations {
  const found = memos.get(ctx.theme);
  if (found?.deck === ctx) return found;
  const next: Generations = { deck: ctx, current: new Map(), previous: found?.current ?? new Map() };
  memos.set(ctx.theme, next);
  return next;
}

/** `layout(ctx)` for `slide`, or the pages another deck got for the same slide. */
export function sharedSlideLayout(slide: DeckSlide, ctx: LayoutContext, layout: (ctx: LayoutContext) => SlideLayout[]): SlideLayout[] {
  if (slide.kind === "cover") return layout(ctx);
  const memo = generationsFor(ctx);
  const key = slideKey(slide, ctx);
  const from = memo.previous.has(key) ? memo.previous : memo.current;
  const hit = from.get(key);
  if (hit) {
    from.delete(key);
    for (const [field, message] of hit.warnings) ctx.warn(field, message);
    return hit.pages;
  }
  const warnings: Remembered["warnings"] = [];
  const pages = layout(listeningContext(ctx, (field, message) => warnings.push([field, message])));
  memo.current.set(key, { pages: copyPlain(pages), warnings });
  if (memo.current.size > MAX_SLIDES) memo.current.delete(memo.current.keys().next().value!);
  return pages;
}

/** The key's deck part (theme folder, info without audience and mark), once per deck context. */
const keyPrefixes = new WeakMap<LayoutContext, string>();

function slideKey(slide: DeckSlide, ctx: LayoutContext): string {
  let prefix = keyPrefixes.get(ctx);
  if (prefix === undefined) {
    const { audience: _audience, confidentialMark: _mark, ...info }: DeckInfo = ctx.info;
    // The text JSON.stringify([themeDir, info, slide]) starts with (both are defined).
    prefix = `[${JSON.stringify(ctx.themeDir)},${JSON.stringify(info)},`;
    keyPrefixes.set(ctx, prefix);
  }
  return `${prefix}${JSON.stringify(slide)}]`;
}
