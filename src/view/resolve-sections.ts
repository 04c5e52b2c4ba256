// Which sections the deck shows, in which order: the plan's `sections:` or the
// method's order, keeping only those with something to show to this audience.
import { SectionName } from "../plan/schema.js";
import type { SharedView, ViewStakeholder } from "./types.js";

/** The method's order, which the schema's enum already lists. */
export const DEFAULT_SECTION_ORDER: readonly SectionName[] = SectionName.options;

type Content = Omit<SharedView, "sections"> & { audience: "internal" | "client"; stakeholders?: ViewStakeholder[]; account_notes?: string };

function hasData(section: SectionName, view: Content): boolean {
  const a = view.account;
  switch (section) {
    case "account":
      return (
        a.client_since !== undefined || a.sector !== undefined || a.main_contact !== undefined ||
        a.buying_process !== undefined || a.market.length > 0 || a.news.length > 0 || view.account_notes !== undefined
      );
    case "objectives":
      return view.objectives.length > 0;
    // Never in a client deck, whatever `sections:` says.
    case "stakeholders":
      return view.audience === "internal" && (view.stakeholders?.length ?? 0) > 0;
    case "swot":
      return view.swot !== undefined;
    case "solution":
      return view.solution.length > 0;
    case "actions":
      return view.actions.length > 0;
    case "followup":
      return view.followup !== undefined && (view.followup.cadence.length > 0 || view.followup.next_review !== undefined);
    case "validation":
      return view.validation !== undefined;
  }
}

export function resolveSections(requested: SectionName[] | undefined, view: Content): SectionName[] {
  const order = requested ?? DEFAULT_SECTION_ORDER;
  const seen = new Set<SectionName>();
  return order.filter((s) => {
    if (seen.has(s)) return false;
    seen.add(s);
    return hasData(s, view);
  });
}
