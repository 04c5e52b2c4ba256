// The order of the deck's body, before any slide is composed: the sections of
// the view, the custom sections slotted in, the quarterly review up front and,
// in a client deck, the validation page last. The agenda is built from this
// list, so it always matches the slides that follow it.
import type { SectionName } from "../plan/schema.js";
import type { PlanView, ViewCustomSection } from "../view/types.js";

export type SlideEntry =
  | { type: "section"; name: SectionName }
  | { type: "custom"; section: ViewCustomSection }
  | { type: "review" };

function sectionsInDeckOrder(view: PlanView): SectionName[] {
  if (view.audience === "internal") return [...view.sections];
  // The method insists the client validates the plan: a client deck always ends
  // with the validation page, even when the plan has no validation block yet.
  return [...view.sections.filter((s) => s !== "validation"), "validation"];
}

export function orderEntries(view: PlanView): SlideEntry[] {
  const sections = sectionsInDeckOrder(view);
  const entries: SlideEntry[] = [];
  // The review opens the body: a QBR is first of all the quarter's results and
  // the decisions they call for; the plan sections are the backdrop to them.
  if (view.followup?.review) entries.push({ type: "review" });
  const placed = new Set<ViewCustomSection>();
  for (const name of sections) {
    const before = name === "validation" ? view.custom_sections.filter((c) => !placed.has(c) && !fitsAfter(c, sections, view)) : [];
    for (const c of before) {
      entries.push({ type: "custom", section: c });
      placed.add(c);
    }
    entries.push({ type: "section", name });
    const after = view.custom_sections.filter((c) => !placed.has(c) && c.after === name && !(name === "validation" && view.audience === "client"));
    for (const c of after) {
      entries.push({ type: "custom", section: c });
      placed.add(c);
    }
  }
  // No validation section (internal deck without one): the rest goes last.
  for (const c of view.custom_sections) if (!placed.has(c)) entries.push({ type: "custom", section: c });
  return entries;
}

/** A custom section goes after its `after` section when that section is in the deck (and is not a client's closing validation page). */
function fitsAfter(c: ViewCustomSection, sections: SectionName[], view: PlanView): boolean {
  if (c.after === undefined || !sections.includes(c.after)) return false;
  return !(c.after === "validation" && view.audience === "client");
}
