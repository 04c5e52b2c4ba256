// A list panel: a box with a heading and a bulleted list, the building block of
// the SWOT quadrants and the quarterly-review panels. The list is measured: it
// shrinks down to the theme's minimum size, and only then is cut with an
// ellipsis and a warning naming the plan field.
import type { Color, Primitive } from "./types.js";
import type { Box } from "./grid.js";
import type { LayoutContext } from "./context.js";
import type { TextBoxResult } from "./text-kit.js";
import { withFields } from "./with-fields.js";

export interface ListPanelInput {
  box: Box;
  heading: string;
  items: string[];
  /** YAML path of the list (e.g. `swot.strengths`), for warnings. */
  field: string;
  /** Panel fill; absent for a white panel with a hairline border. */
  fill?: Color;
  /** Heading chip fill; absent for a plain bold heading. */
  chip?: Color;
  headingColor: Color;
  textColor: Color;
  bulletColor?: Color;
  /** Shown when the list is empty, in the muted colour. */
  emptyText?: string;
  /** Points: the list's preferred size (default the body size); it still shrinks to the theme minimum to fit. */
  size?: number;
}

/** Inner padding of a panel (inches). */
export const LIST_PANEL_PAD = 0.16;
/** Height of the heading line (inches). */
const HEADING_H = 0.42;

/** Box available to the list (inches), below the heading. */
export function listBox(box: Box): Box {
  const top = box.y + LIST_PANEL_PAD + HEADING_H + 0.08;
  return { x: box.x + LIST_PANEL_PAD - 0.06, y: top, w: box.w - 2 * LIST_PANEL_PAD + 0.12, h: box.y + box.h - LIST_PANEL_PAD - top };
}

export function layoutListPanel(ctx: LayoutContext, p: ListPanelInput): { primitives: Primitive[]; list: TextBoxResult } {
  const { theme } = ctx;
  const out: Primitive[] = [
    p.fill ? { type: "rect", ...p.box, fill: p.fill } : { type: "rect", ...p.box, fill: theme.colors.background, stroke: { color: theme.colors.rule, width: 1 } },
    headingPrimitive(ctx, p),
  ];
  const items = p.items.length ? p.items : [p.emptyText ?? "—"];
  const size = p.size ?? theme.sizes.body;
  const list = ctx.text(withFields(listBox(p.box), {
    paragraphs: listParagraphs(items, size, p.items.length > 0),
    size,
    color: p.items.length ? p.textColor : theme.colors.muted,
    ellipsis: true,
    field: p.field,
    where: `the "${p.heading}" panel`,
    role: "body",
  }));
  if (p.bulletColor) for (const para of list.primitive.paragraphs) if (para.bullet) para.bullet.color = p.bulletColor;
  out.push(list.primitive);
  return { primitives: out, list: list.result };
}

/** Bulleted paragraphs with air between items that grows with the type: half a line of the size. */
export function listParagraphs(items: string[], size: number, bullet = true): Array<{ text: string; bullet: boolean; spaceBefore: number }> {
  return items.map((text, i) => ({ text, bullet, spaceBefore: i ? Math.max(6, Math.round(size * 0.5)) : 0 }));
}

/**
 * Points: one size for a set of panels, the largest up to `max` at which every
 * list fits its box, so short lists read from the back of the room and the
 * panels of one slide never disagree. Lists that fit nowhere get the minimum.
 */
export function sharedListSize(ctx: LayoutContext, panels: Array<{ box: Box; items: string[] }>, max: number): number {
  const { min } = ctx.theme.sizes;
  const fitted = panels.map(({ box, items }) => {
    if (!items.length) return max;
    // Sized against the paragraphs of the largest size: wider gaps only make the fit safer at smaller ones.
    const r = ctx.text(withFields(listBox(box), { paragraphs: listParagraphs(items, max), size: max, minSize: min })).result;
    return r.fits ? r.size : min;
  });
  return Math.max(min, Math.min(max, ...fitted));
}

function headingPrimitive(ctx: LayoutContext, p: ListPanelInput): Primitive {
  // Two points over the subtitle size, so the heading still leads a list set at the subtitle size.
  const size = ctx.theme.sizes.subtitle + 2;
  const x = p.box.x + LIST_PANEL_PAD;
  const y = p.box.y + LIST_PANEL_PAD;
  const maxW = p.box.w - 2 * LIST_PANEL_PAD;
  const common = { y, h: HEADING_H, paragraphs: [{ text: p.heading }], size, bold: true, color: p.headingColor, valign: "middle" as const, ellipsis: true, role: "label" as const };
  if (!p.chip) return ctx.text(withFields(common, { x: x - 0.06, w: maxW + 0.12 })).primitive;
  // Padding is uniform in the IR, so the chip's side air comes from centring in a wider box.
  const natural = ctx.fonts.measure(p.heading, { size, bold: true }) / 72 + 2 * 0.16 + 0.02;
  return ctx.text(withFields(common, { x, w: Math.min(maxW, natural), padding: 0.06, fill: p.chip, radius: 0.08, align: "center" })).primitive;
}
