// The semantic deck: cover, agenda, then each entry of the body in order (see
// order.ts). Pure: the same view and timestamp always give the same deck.
import type { PlanView } from "../view/types.js";
import type { Deck, DeckSlide } from "./types.js";
import { createContext, type DeckContext } from "./context.js";
import { composeDeckInfo } from "./deck-info.js";
import { orderEntries, type SlideEntry } from "./order.js";
import { composeCover } from "./cover.js";
import { composeAgenda } from "./agenda.js";
import { composeAccount } from "./account.js";
import { composeObjective } from "./objective.js";
import { composeStakeholderMap, composeStakeholderTable } from "./stakeholders.js";
import { composeSwot, composeSwotGrid, hasSwotLists } from "./swot.js";
import { composeSolution } from "./solution.js";
import { composeActions } from "./actions.js";
import { composeFollowup } from "./followup.js";
import { composeValidation } from "./validation.js";
import { composeReview } from "./review.js";
import { composeCustom } from "./custom.js";

export { validationReminder } from "./validation-reminder.js";

function sectionSlides(ctx: DeckContext, entry: Extract<SlideEntry, { type: "section" }>): DeckSlide[] {
  const { view } = ctx;
  switch (entry.name) {
    case "account":
      return [composeAccount(ctx)];
    case "objectives":
      return view.objectives.map((o) => composeObjective(ctx, o));
    case "stakeholders":
      // By construction: a ClientView has no stakeholders to pass.
      return view.audience === "internal" ? [composeStakeholderMap(ctx, view), composeStakeholderTable(ctx, view)] : [];
    case "swot": {
      const swot = view.swot;
      if (!swot) return [];
      return [...(hasSwotLists(swot) ? [composeSwot(ctx, swot)] : []), ...(swot.grid.length > 0 ? [composeSwotGrid(ctx, swot)] : [])];
    }
    case "solution":
      return view.solution.map((s) => composeSolution(ctx, s));
    case "actions":
      return [composeActions(ctx)];
    case "followup":
      return view.followup ? [composeFollowup(ctx, view.followup)] : [];
    case "validation":
      return [composeValidation(ctx)];
  }
}

function entrySlides(ctx: DeckContext, entry: SlideEntry): DeckSlide[] {
  if (entry.type === "review") return ctx.view.followup?.review ? [composeReview(ctx, ctx.view.followup.review)] : [];
  if (entry.type === "custom") return [composeCustom(ctx, entry.section)];
  return sectionSlides(ctx, entry);
}

export function composeDeck(view: PlanView, opts: { timestamp: number }): Deck {
  const ctx = createContext(view, composeDeckInfo(view, opts.timestamp));
  const entries = orderEntries(view);
  const slides: DeckSlide[] = [composeCover(ctx)];
  // An agenda of one item (or none) says nothing the next slide does not.
  if (entries.length >= 2) slides.push(composeAgenda(ctx, entries));
  for (const entry of entries) slides.push(...entrySlides(ctx, entry));
  return { info: ctx.info, slides };
}
