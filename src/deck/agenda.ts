// The agenda: the deck's sections in the order they come, in words.
import type { AgendaSlide } from "./types.js";
import type { DeckContext } from "./context.js";
import type { SlideEntry } from "./order.js";

export function composeAgenda(ctx: DeckContext, entries: SlideEntry[]): AgendaSlide {
  const items = entries.map((e) => (e.type === "custom" ? e.section.title : ctx.labels.sections[e.type === "review" ? "review" : e.name]));
  return { kind: "agenda", section: "agenda", title: ctx.labels.agendaTitle, items };
}
