// SWOT lists and grid rows, each item filtered on its own `confidential` flag.
import type { Swot } from "../plan/schema.js";
import type { Audience, ViewSwot } from "./types.js";
import { isVisible, visibleTexts } from "./visibility.js";

type GridRow = ViewSwot["grid"][number];
const CELLS = ["strengths", "weaknesses", "opportunities", "threats"] as const;

function viewGridRow(row: NonNullable<Swot["grid"]>[number]): GridRow {
  const out: GridRow = { factor: row.factor };
  for (const key of CELLS) if (row[key] !== undefined) out[key] = row[key];
  return out;
}

/** Undefined when the audience may not see the SWOT or nothing of it is left. */
export function viewSwot(swot: Swot | undefined, audience: Audience): ViewSwot | undefined {
  if (!swot || !isVisible(swot, audience)) return undefined;
  const out: ViewSwot = {
    strengths: visibleTexts(swot.strengths, audience),
    weaknesses: visibleTexts(swot.weaknesses, audience),
    opportunities: visibleTexts(swot.opportunities, audience),
    threats: visibleTexts(swot.threats, audience),
    grid: (swot.grid ?? []).filter((r) => isVisible(r, audience)).map(viewGridRow),
  };
  const empty = CELLS.every((k) => out[k].length === 0) && out.grid.length === 0;
  return empty ? undefined : out;
}
