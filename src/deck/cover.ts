// The cover: account name, client logo, the headline, our key account manager, the date.
import type { CoverSlide } from "./types.js";
import type { DeckContext } from "./context.js";

export function composeCover(ctx: DeckContext): CoverSlide {
  const { view, info, labels } = ctx;
  const slide: CoverSlide = {
    kind: "cover",
    section: "cover",
    title: view.account.name,
    account: view.account.name,
    headline: labels.cover.headline(info.periodLabel),
    date: info.dateLabel ?? ctx.fmt.date(info.date),
  };
  // "Prepared for" is a courtesy to the client; an internal deck is not prepared for anyone outside.
  if (view.audience === "client") slide.preparedFor = labels.cover.preparedFor(view.account.name);
  const owner = view.team.owner;
  if (owner) {
    slide.manager = { name: owner.name };
    if (owner.title !== undefined) slide.manager.title = owner.title;
    if (owner.email !== undefined) slide.manager.email = owner.email;
  }
  if (view.account.logo) slide.logo = { path: view.account.logo.path, mime: view.account.logo.mime };
  return slide;
}
