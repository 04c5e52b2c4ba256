// The validation page (the last slide of a client deck): what the client is
// asked to validate and any comments on the left; the status as a pill with its
// word, who validated and when, and boxes to sign on the right.
import type { ValidationSlide } from "../deck/types.js";
import type { Color, Primitive, SlideLayout } from "./types.js";
import type { LayoutContext } from "./context.js";
import { framedSlide } from "./frame.js";
import { lineHeightFor } from "./text-kit.js";
import { layoutSidePanel, roomyPanelSize, sidePanelHeight } from "./side-panel.js";
import { readableOn } from "./color.js";
import { methodWords } from "./method-words.js";
import { r3 } from "./grid.js";
import { withFields } from "./with-fields.js";

/** Inches: the height of a signature field and of the signature itself. */
const FIELD_H = 0.62;
const SIGNATURE_H = 1.15;

export function layoutValidation(slide: ValidationSlide, ctx: LayoutContext): SlideLayout[] {
  const { grid } = ctx;
  const words = methodWords(ctx.info.language);
  const left = grid.col(0, 7);
  const top = grid.body.y;
  const bottom = grid.body.y + grid.body.h;
  const body: Primitive[] = [];
  const items = { heading: words.toValidate, paragraphs: slide.toValidate.map((text) => ({ text, bullet: true })), w: left.w };
  const comments = slide.comments ? { heading: words.comments, paragraphs: [{ text: slide.comments }], w: left.w } : undefined;
  // Short lists read larger, and the panels run down to the signature boxes' foot.
  const size = roomyPanelSize(ctx, comments ? [items, comments] : [items], bottom - top);
  const room = bottom - top - (comments ? grid.gutter : 0);
  const itemsNeed = sidePanelHeight(ctx, withFields(items, { size }), room);
  const commentsNeed = comments ? sidePanelHeight(ctx, withFields(comments, { size }), room / 3) : 0;
  // Spare height is shared, so neither panel is a sliver under a tall empty one.
  const spare = comments ? Math.max(0, room - itemsNeed - commentsNeed) / 2 : 0;
  const commentsH = comments ? commentsNeed + spare : 0;
  const itemsH = room - commentsH;
  body.push(...layoutSidePanel(ctx, withFields(left, { y: top, h: r3(itemsH) }, items, { size, field: "validation", where: "the validation list" })));
  if (comments) body.push(...layoutSidePanel(ctx, withFields(left, { y: r3(top + itemsH + grid.gutter), h: r3(commentsH) }, comments, { size, field: "validation.comments", where: "the comments panel" })));
  body.push(...factsColumn(slide, ctx, top));
  body.push(...signatureBoxes(ctx, slide.signatureLabels, words.signatures, bottom));
  return [framedSlide(ctx, { kind: slide.kind, title: slide.title, subtitle: slide.subtitle }, body)];
}

function statusColor(ctx: LayoutContext, status: ValidationSlide["status"]): Color {
  const s = ctx.theme.colors.status;
  if (status === "validated") return s.done;
  if (status === "sent") return s.in_progress;
  return s.planned;
}

function factsColumn(slide: ValidationSlide, ctx: LayoutContext, top: number): Primitive[] {
  const { grid, theme } = ctx;
  const col = grid.col(7, 5);
  const labelH = lineHeightFor(theme.sizes.small) / 72 + 0.06;
  const valueH = lineHeightFor(theme.sizes.body) / 72 + 0.1;
  const out: Primitive[] = [];
  let y = top;
  slide.facts.forEach((f, i) => {
    out.push(ctx.text(withFields(col, { y: r3(y), h: r3(labelH), paragraphs: [{ text: f.label }], size: theme.sizes.small, color: theme.colors.muted, padding: 0.02, ellipsis: true, role: "label" })).primitive);
    y += labelH;
    if (i === 0 && slide.status) {
      // The status is a pill: its word on the status colour, never colour alone.
      const size = theme.sizes.body;
      const w = Math.min(col.w, ctx.fonts.measure(f.value, { size, bold: true }) / 72 + 0.36);
      const fill = statusColor(ctx, slide.status);
      out.push(ctx.text({ x: col.x, y: r3(y), w: r3(w), h: r3(valueH), paragraphs: [{ text: f.value }], size, bold: true, fill, radius: valueH / 2, color: readableOn(fill, ["#FFFFFF", theme.colors.text, theme.colors.background]), align: "center", valign: "middle", padding: 0.04, ellipsis: true, role: "label" }).primitive);
    } else {
      out.push(ctx.text(withFields(col, { y: r3(y), h: r3(valueH), paragraphs: [{ text: f.value }], size: theme.sizes.body, bold: true, padding: 0.02, ellipsis: true, role: "body", field: "validation" })).primitive);
    }
    y += valueH + 0.12;
  });
  return out;
}

/** Name, title and date side by side, the signature below them, all at the foot of the right column. */
function signatureBoxes(ctx: LayoutContext, labels: string[], heading: string, bottom: number): Primitive[] {
  const { grid, theme } = ctx;
  if (!labels.length) return [];
  const col = grid.col(7, 5);
  const gap = 0.12;
  const fields = labels.slice(0, -1);
  const labelH = lineHeightFor(theme.sizes.small) / 72 + 0.06;
  const headingH = lineHeightFor(theme.sizes.body) / 72 + 0.08;
  const sigY = bottom - SIGNATURE_H;
  const fieldY = fields.length ? sigY - gap - FIELD_H : sigY;
  const out: Primitive[] = [ctx.text(withFields(col, { y: r3(fieldY - headingH - 0.04), h: r3(headingH), paragraphs: [{ text: heading }], bold: true, color: theme.colors.primary, size: theme.sizes.body, padding: 0.02, ellipsis: true, role: "label" })).primitive];
  const box = (label: string, x: number, y: number, w: number, h: number): void => {
    out.push({ type: "rect", x: r3(x), y: r3(y), w: r3(w), h: r3(h), fill: theme.colors.background, stroke: { color: theme.colors.muted, width: 0.75 } });
    out.push(ctx.text({ x: r3(x + 0.04), y: r3(y + 0.03), w: r3(w - 0.08), h: r3(labelH), paragraphs: [{ text: label }], size: theme.sizes.small, color: theme.colors.muted, padding: 0.02, ellipsis: true, role: "label" }).primitive);
  };
  const fw = (col.w - gap * (fields.length - 1)) / Math.max(1, fields.length);
  fields.forEach((label, i) => box(label, col.x + i * (fw + gap), fieldY, fw, FIELD_H));
  box(labels[labels.length - 1], col.x, sigY, col.w, SIGNATURE_H);
  return out;
}
