// One plan, one audience: the whole pipeline from a validated Plan to file bytes.
// plan -> view -> deck -> layout -> render. Used by the CLI and by batch workers.
import type { Plan } from "./plan/schema.js";
import type { Theme } from "./theme/schema.js";
import type { Audience } from "./view/types.js";
import type { DeckLayout } from "./layout/types.js";
import { toView } from "./view/to-view.js";
import { composeDeck } from "./deck/compose.js";
import { layoutDeck } from "./layout/layout-deck.js";
import { renderPptx } from "./render/pptx/render-pptx.js";
import { renderPdf } from "./render/pdf/render-pdf.js";

export type Format = "pptx" | "pdf";

export interface BuildDeckOptions {
  plan: Plan;
  /** Absolute path of the plan file: logos resolve against it. */
  planFile: string;
  theme: Theme;
  /** Absolute folder of the theme (its logo resolves against it). */
  themeDir: string;
  audience: Audience;
  formats: Format[];
  /** Seconds since the epoch pinned into every output (SOURCE_DATE_EPOCH, else derived from the plan). */
  timestamp: number;
}

export interface BuiltDeck {
  layout: DeckLayout;
  files: Partial<Record<Format, Uint8Array>>;
}

export async function buildDeck(opts: BuildDeckOptions): Promise<BuiltDeck> {
  const view = toView(opts.plan, opts.audience, { planFile: opts.planFile });
  const deck = composeDeck(view, { timestamp: opts.timestamp });
  const layout = layoutDeck(deck, { theme: opts.theme, themeDir: opts.themeDir });
  const files: BuiltDeck["files"] = {};
  if (opts.formats.includes("pptx")) files.pptx = await renderPptx(layout);
  if (opts.formats.includes("pdf")) files.pdf = await renderPdf(layout);
  return { layout, files };
}
