// A theme is data: themes/<name>/theme.yaml, validated here. The layout reads
// every colour, size and spacing from it; nothing visual is hard-coded elsewhere.
import { z } from "zod";

const Hex = z.string().regex(/^#[0-9A-Fa-f]{6}$/, { message: "expected a colour written #RRGGBB" });

export const Theme = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  /** Inches. */
  slide: z.strictObject({ width: z.number().positive(), height: z.number().positive() }).default({ width: 13.333, height: 7.5 }),
  colors: z.strictObject({
    primary: Hex,
    accent: Hex,
    text: Hex,
    muted: Hex,
    background: Hex,
    /** Panels and table stripes. */
    surface: Hex,
    /** Hairlines and table borders. */
    rule: Hex,
    /** Text drawn on `primary`. */
    on_primary: Hex,
    /** Text drawn on `accent`. */
    on_accent: Hex,
    danger: Hex,
    relationship: z.strictObject({ strong: Hex, good: Hex, weak: Hex }),
    status: z.strictObject({ planned: Hex, in_progress: Hex, done: Hex, blocked: Hex, cancelled: Hex }),
  }),
  fonts: z.strictObject({
    /** The font the PPTX names; every Office install has it. */
    face: z.string().min(1),
    /** The npm package of its metric-compatible twin (a @fontsource package), measured and embedded. */
    twin: z.string().min(1),
    /** @fontsource packages tried, in order, for characters the twin lacks (CJK...). */
    fallbacks: z.array(z.string()).default([]),
  }),
  /** Points. */
  sizes: z.strictObject({
    title: z.number().min(18).max(40),
    subtitle: z.number().min(12).max(24),
    body: z.number().min(10).max(20),
    small: z.number().min(9).max(14),
    /** The smallest size text may shrink to before it paginates or is cut. */
    min: z.number().min(8).max(14),
    cover: z.number().min(24).max(60),
  }),
  /** Inches. */
  spacing: z.strictObject({
    margin: z.number().min(0.2).max(1.5),
    gutter: z.number().min(0.05).max(0.6),
    columns: z.number().int().min(4).max(24),
    /** Height of the footer band at the bottom of the slide. */
    footer: z.number().min(0.2).max(1),
  }),
  /** Our company's logo, relative to the theme folder; shown on the cover and footer. */
  logo: z.string().optional(),
  footer: z.strictObject({ text: z.string().optional() }).default({}),
  /** Whether slides get a coloured title band (`band`) or a plain title with a rule (`rule`). */
  title_style: z.enum(["rule", "band"]).default("rule"),
});
export type Theme = z.infer<typeof Theme>;
