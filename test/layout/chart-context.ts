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

import { addFooters } from "../../src/layout/frame.js";
import type { DeckLayout, SlideLayout, TextPrimitive, Primitive } from "../../src/layout/types.js";

/** Wraps laid-out slides in a DeckLayout (footers added) for the shared invariants. */
export function deckOf(ctx: LayoutContext, slides: SlideLayout[]): DeckLayout {
  const { theme } = ctx;
  return {
    width: theme.slide.width,
    height: theme.slide.height,
    audience: ctx.info.audience,
    meta: { title: "t", author: "a", subject: "s", language: ctx.info.locale, timestamp: ctx.info.timestamp },
    fonts: { face: theme.fonts.face, twin: theme.fonts.twin, fallbacks: [...theme.fonts.fallbacks] },
    slides: addFooters(ctx, slides),
    warnings: [],
  };
}

/** The words of a text primitive, lines joined by spaces. */
export function textOf(p: TextPrimitive): string {
  return p.paragraphs.map((q) => q.lines.map((l) => l.map((r) => r.text).join("")).join(" ")).join(" ");
}

export function texts(prims: Primitive[]): TextPrimitive[] {
  return prims.filter((p): p is TextPrimitive => p.type === "text");
}
