// A LayoutContext for the method-slide tests: a real theme, the real font stack.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { Theme } from "../../src/theme/schema.js";
import { createLayoutContext, type LayoutContext } from "../../src/layout/context.js";
import type { DeckInfo } from "../../src/deck/types.js";
import type { LayoutWarning } from "../../src/layout/types.js";

export const themesDir = join(import.meta.dirname, "../../themes");

export function loadTestTheme(name = "default"): Theme {
  return Theme.parse(parse(readFileSync(join(themesDir, name, "theme.yaml"), "utf8")));
}

export function testContext(opts: { theme?: string; language?: "fr" | "en"; audience?: "internal" | "client" } = {}): LayoutContext & { warnings: LayoutWarning[] } {
  const language = opts.language ?? "en";
  const info: DeckInfo = {
    audience: opts.audience ?? "internal",
    language,
    locale: language === "fr" ? "fr-FR" : "en-GB",
    account: "Northwind Retail",
    periodLabel: language === "fr" ? "T4 2026" : "Q4 2026",
    period: "2026-Q4",
    currency: "EUR",
    author: "Julien Roux",
    date: "2026-11-26",
    timestamp: 1_795_000_000,
  };
  const warnings: LayoutWarning[] = [];
  const theme = loadTestTheme(opts.theme);
  return { ...createLayoutContext({ theme, themeDir: join(themesDir, opts.theme ?? "default"), info, warnings }), warnings };
}
