// The page furniture shared by every slide but the cover: the title block
// (title, takeaway subtitle, rule or band) at a fixed place, and the footer band
// (account, period, confidentiality mark, page number). Footers are drawn after
// every slide exists, because continuation slides change the page count.
import { resolve } from "node:path";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { fitImage, readImageSize } from "./image-size.js";
import { copyPlain } from "./copy-plain.js";
import { withFields } from "./with-fields.js";

export interface FrameInput {
  kind: string;
  title: string;
  subtitle?: string;
}

/** A slide with the title block drawn and `body` below it; the footer comes later (addFooters). */
export function framedSlide(ctx: LayoutContext, input: FrameInput, body: Primitive[]): SlideLayout {
  return { kind: input.kind, title: input.title, background: ctx.theme.colors.background, primitives: [...layoutTitleBlock(ctx, input), ...body] };
}

export function layoutTitleBlock(ctx: LayoutContext, input: FrameInput): Primitive[] {
  const { theme, grid } = ctx;
  const band = theme.title_style === "band";
  const ink = band ? theme.colors.on_primary : theme.colors.primary;
  const out: Primitive[] = [];
  if (band) out.push({ type: "rect", x: 0, y: 0, w: grid.width, h: grid.ruleY, fill: theme.colors.primary });
  const title = ctx.text(withFields(grid.title, {
    paragraphs: [{ text: input.title }],
    size: theme.sizes.title,
    minSize: theme.sizes.subtitle + 4,
    padding: 0,
    bold: true,
    color: ink,
    valign: "bottom",
    ellipsis: true,
    role: "title",
    field: "title",
    where: "the slide title",
  }));
  out.push(title.primitive);
  if (input.subtitle) {
    const sub = ctx.text(withFields(grid.subtitle, {
      paragraphs: [{ text: input.subtitle }],
      size: theme.sizes.subtitle,
      minSize: theme.sizes.body,
      padding: 0,
      color: band ? theme.colors.on_primary : theme.colors.muted,
      valign: "middle",
      ellipsis: true,
      role: "subtitle",
      field: "subtitle",
      where: "the subtitle line",
    }));
    out.push(sub.primitive);
  }
  if (!band) {
    out.push({ type: "line", x1: grid.margin, y1: grid.ruleY, x2: grid.width - grid.margin, y2: grid.ruleY, stroke: { color: theme.colors.rule, width: 0.75 } });
    // A short accent bar on the rule: the one touch of the accent colour on every page.
    out.push({ type: "rect", x: grid.margin, y: grid.ruleY - 0.02, w: grid.colWidth, h: 0.04, fill: theme.colors.accent });
  }
  return out;
}

/** The footer parts every page shares: the hairline, account and period, the confidentiality mark, the logo. */
interface SharedFooter {
  before: Primitive[];
  after: Primitive[];
}

/**
 * Laid out once per deck: only the page number differs from page to page, and
 * fitting the same boxes (and reading the logo's size) again on every slide
 * cost more than the slides' own titles. Each page gets its own copy.
 */
function sharedFooter(ctx: LayoutContext): SharedFooter {
  const { theme, grid, info } = ctx;
  const f = grid.footer;
  const left = [info.account, info.periodLabel, theme.footer.text].filter(Boolean).join("  ·  ");
  const before: Primitive[] = [{ type: "line", x1: f.x, y1: f.y, x2: f.x + f.w, y2: f.y, stroke: { color: theme.colors.rule, width: 0.5 } }];
  before.push(ctx.text(withFields(footerBox(ctx), grid.col(0, 5), { paragraphs: [{ text: left }], color: theme.colors.muted })).primitive);
  if (info.confidentialMark) {
    before.push(ctx.text(withFields(footerBox(ctx), grid.col(5, 4), { paragraphs: [{ text: info.confidentialMark }], color: theme.colors.danger, bold: true, align: "center" })).primitive);
  }
  return { before, after: theme.logo ? [footerLogo(ctx, grid.col(9, 2))] : [] };
}

/** What every footer text box has in common. */
function footerBox(ctx: LayoutContext) {
  const { theme, grid } = ctx;
  const f = grid.footer;
  return { y: f.y + 0.04, h: f.h - 0.04, padding: 0.02, size: theme.sizes.small, minSize: theme.sizes.min, valign: "middle" as const, role: "footer" as const, ellipsis: true };
}

/** Footer band primitives for page `page` of `total` (1-based). */
export function layoutFooter(ctx: LayoutContext, page: number, total: number, shared: SharedFooter = sharedFooter(ctx)): Primitive[] {
  const { theme, grid } = ctx;
  const pageBox = grid.col(11, 1);
  const number = ctx.text(withFields(footerBox(ctx), pageBox, { paragraphs: [{ text: `${page} / ${total}` }], color: theme.colors.muted, align: "right" })).primitive;
  return [...copyPlain(shared.before), number, ...copyPlain(shared.after)];
}

function footerLogo(ctx: LayoutContext, span: { x: number; w: number }): Primitive {
  const path = resolve(ctx.themeDir, ctx.theme.logo!);
  const f = ctx.grid.footer;
  const box = fitImage(readImageSize(path), { x: span.x, y: f.y + 0.08, w: span.w, h: f.h - 0.12 });
  // Right-aligned so the logo sits beside the page number, not floating mid-column.
  return { type: "image", ...box, x: span.x + span.w - box.w, path, mime: logoMime(path), alt: ctx.theme.name };
}

export function logoMime(path: string): "image/png" | "image/jpeg" {
  return /\.png$/i.test(path) ? "image/png" : "image/jpeg";
}

/** Adds the footer to every slide but the cover; page numbers count every slide. */
export function addFooters(ctx: LayoutContext, slides: SlideLayout[]): SlideLayout[] {
  if (!slides.some((s) => s.kind !== "cover")) return slides;
  const shared = sharedFooter(ctx);
  return slides.map((s, i) => (s.kind === "cover" ? s : withFields(s, { primitives: [...s.primitives, ...layoutFooter(ctx, i + 1, slides.length, shared)] })));
}
