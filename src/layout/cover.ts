// Cover: a calm two-part composition. A primary-colour panel on the left third
// carries our logo (if the theme has one) and the date; the right two thirds
// carry the client logo, the account name large, the headline, "prepared for"
// on client decks and the key account manager. Nothing else.
import { resolve } from "node:path";
import type { CoverSlide } from "../deck/types.js";
import type { Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { fitImage, readImageSize } from "./image-size.js";
import { logoMime } from "./frame.js";
import { readableOn } from "./color.js";
import { TEXT_PADDING } from "./context.js";

export function layoutCover(slide: CoverSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid, theme } = ctx;
  const panel = grid.col(0, 4);
  const panelW = panel.x + panel.w + grid.gutter / 2;
  const right = grid.col(5, 7);
  const onPanel = readableOn(theme.colors.primary, [theme.colors.on_primary, "#FFFFFF", theme.colors.text]);
  const out: Primitive[] = [{ type: "rect", x: 0, y: 0, w: panelW, h: grid.height, fill: theme.colors.primary }];
  if (theme.logo) out.push(ourLogo(ctx, { x: panel.x, y: grid.margin + 0.2, w: panel.w, h: 0.9 }));
  out.push(
    ctx.text({ x: panel.x, y: grid.height - grid.margin - 0.9, w: panel.w, h: 0.5, paragraphs: [{ text: slide.date }], size: theme.sizes.subtitle, color: onPanel, valign: "bottom", role: "caption" }).primitive,
  );
  if (slide.logo) {
    const box = fitImage(readImageSize(slide.logo.path), { x: right.x, y: 0.9, w: Math.min(right.w, 3.6), h: 1.2 });
    // Left-aligned on the text's ink edge (the text boxes' padding), so logo and name share one edge.
    out.push({ type: "image", ...box, x: right.x + TEXT_PADDING, y: 0.9 + 1.2 - box.h, path: slide.logo.path, mime: slide.logo.mime, alt: slide.account });
  }
  out.push(...rightColumn(ctx, slide, right));
  return [{ kind: slide.kind, title: slide.title, background: theme.colors.background, primitives: out }];
}

function rightColumn(ctx: LayoutContext, slide: CoverSlide, col: { x: number; w: number }): Primitive[] {
  const { theme } = ctx;
  const { x, w } = col;
  const out: Primitive[] = [];
  out.push(
    ctx.text({ x, y: 2.35, w, h: 1.55, paragraphs: [{ text: slide.account }], size: theme.sizes.cover, minSize: theme.sizes.title, bold: true, color: theme.colors.primary, valign: "bottom", ellipsis: true, role: "title", field: "account.name", where: "the cover" }).primitive,
  );
  out.push({ type: "rect", x: x + 0.06, y: 4.02, w: 1.1, h: 0.06, fill: theme.colors.accent });
  out.push(ctx.text({ x, y: 4.2, w, h: 0.5, paragraphs: [{ text: slide.headline }], size: theme.sizes.subtitle + 6, color: theme.colors.text, ellipsis: true, role: "subtitle" }).primitive);
  if (slide.preparedFor) {
    out.push(ctx.text({ x, y: 4.72, w, h: 0.4, paragraphs: [{ text: slide.preparedFor }], size: theme.sizes.subtitle, color: theme.colors.muted, ellipsis: true, role: "caption" }).primitive);
  }
  if (slide.manager) {
    const lines = [{ text: slide.manager.name, bold: true }, ...(slide.manager.title ? [{ text: slide.manager.title }] : []), ...(slide.manager.email ? [{ text: slide.manager.email, link: `mailto:${slide.manager.email}` }] : [])];
    out.push(ctx.text({ x, y: 5.3, w, h: 1.1, paragraphs: lines, size: theme.sizes.subtitle, minSize: theme.sizes.body, color: theme.colors.text, ellipsis: true, role: "body" }).primitive);
  }
  if (ctx.info.confidentialMark) {
    out.push(ctx.text({ x, y: ctx.grid.height - ctx.grid.margin - 0.4, w, h: 0.4, paragraphs: [{ text: ctx.info.confidentialMark }], size: theme.sizes.small, bold: true, color: theme.colors.danger, valign: "bottom", role: "footer" }).primitive);
  }
  return out;
}

function ourLogo(ctx: LayoutContext, box: { x: number; y: number; w: number; h: number }): Primitive {
  const path = resolve(ctx.themeDir, ctx.theme.logo!);
  const fit = fitImage(readImageSize(path), box);
  return { type: "image", ...fit, x: box.x, y: box.y, path, mime: logoMime(path), alt: ctx.theme.name };
}
