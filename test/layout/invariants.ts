// Geometric invariants every laid-out deck must hold, checked the way a careful
// reviewer would look at the slides: nothing off the slide, no text wider or
// taller than its box (re-measured with the font stack), no text under the
// theme's minimum size, titles at one place, no text on text, nothing but the
// footer in the footer band. Returns the violations; an empty list is a pass.
import type { DeckLayout, Primitive, SlideLayout, TablePrimitive, TextPrimitive, Paragraph } from "../../src/layout/types.js";
import type { Theme } from "../../src/theme/schema.js";
import { getFontStack, type FontStack } from "../../src/fonts/index.js";
import { makeGrid } from "../../src/layout/grid.js";

/** Inches (and points for widths converted): float noise and renderer rounding. */
const EPS = 0.005;

export interface InvariantOptions {
  /** The theme the deck was laid out with: its minimum size and spacing; defaults match themes/default. */
  theme?: Pick<Theme, "sizes" | "spacing" | "slide">;
}

type Rect = { x: number; y: number; w: number; h: number };

export function boundsOf(p: Primitive): Rect {
  switch (p.type) {
    case "line":
      return { x: Math.min(p.x1, p.x2), y: Math.min(p.y1, p.y2), w: Math.abs(p.x2 - p.x1), h: Math.abs(p.y2 - p.y1) };
    case "polygon": {
      const xs = p.points.map((q) => q.x);
      const ys = p.points.map((q) => q.y);
      return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
    }
    case "table":
      return { x: p.x, y: p.y, w: p.columns.reduce((s, c) => s + c, 0), h: p.rows.reduce((s, r) => s + r.h, 0) };
    default:
      return { x: p.x, y: p.y, w: p.w, h: p.h };
  }
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > EPS && h > EPS ? w * h : 0;
}

function lineWidthPt(stack: FontStack, line: Paragraph["lines"][number], size: number, bold?: boolean, italic?: boolean): number {
  return line.reduce((s, run) => s + stack.measure(run.text, { size, bold: run.bold ?? bold, italic: run.italic ?? italic }), 0);
}

function checkParagraphs(stack: FontStack, o: { paragraphs: Paragraph[]; widthIn: number; size: number; lineHeight: number; bold?: boolean; italic?: boolean; where: string }): { errors: string[]; heightPt: number } {
  const errors: string[] = [];
  let heightPt = 0;
  o.paragraphs.forEach((p, i) => {
    if (p.lines.length === 0) errors.push(`${o.where}: paragraph ${i} has no line`);
    heightPt += (i > 0 ? (p.spaceBefore ?? 0) : 0) + p.lines.length * o.lineHeight;
    const avail = (o.widthIn - (p.indent ?? 0)) * 72;
    for (const line of p.lines) {
      const w = lineWidthPt(stack, line, o.size, o.bold, o.italic);
      if (w > avail + EPS * 72) errors.push(`${o.where}: line "${line.map((r) => r.text).join("")}" is ${w.toFixed(1)} pt wide, box holds ${avail.toFixed(1)} pt`);
    }
  });
  return { errors, heightPt };
}

function checkText(stack: FontStack, p: TextPrimitive, where: string): string[] {
  const { errors, heightPt } = checkParagraphs(stack, { paragraphs: p.paragraphs, widthIn: p.w - 2 * p.padding, size: p.style.fontSize, lineHeight: p.style.lineHeight, bold: p.style.bold, italic: p.style.italic, where });
  const availPt = (p.h - 2 * p.padding) * 72;
  if (heightPt > availPt + EPS * 72) errors.push(`${where}: text is ${heightPt.toFixed(1)} pt tall, box holds ${availPt.toFixed(1)} pt`);
  return errors;
}

function checkTable(stack: FontStack, t: TablePrimitive, where: string): string[] {
  const errors: string[] = [];
  t.rows.forEach((row, r) => {
    if (row.cells.length !== t.columns.length) errors.push(`${where}: row ${r} has ${row.cells.length} cells for ${t.columns.length} columns`);
    row.cells.forEach((cell, c) => {
      const res = checkParagraphs(stack, { paragraphs: cell.paragraphs, widthIn: t.columns[c] - 2 * t.padding, size: t.style.fontSize, lineHeight: t.style.lineHeight, bold: cell.bold ?? (row.header ? true : t.style.bold), where: `${where} row ${r} col ${c}` });
      errors.push(...res.errors);
      if (res.heightPt / 72 + 2 * t.padding > row.h + EPS) errors.push(`${where}: row ${r} is ${row.h.toFixed(3)} in, cell ${c} needs ${(res.heightPt / 72 + 2 * t.padding).toFixed(3)} in`);
    });
  });
  return errors;
}

function fontSizes(p: Primitive): number[] {
  if (p.type === "text" || p.type === "table") return [p.style.fontSize];
  if (p.type === "chart") return [p.fontSize, ...p.vector.flatMap(fontSizes)];
  return [];
}

function isFooterPart(p: Primitive, footerY: number): boolean {
  if (p.type === "text") return p.role === "footer";
  if (p.type === "line") return Math.abs(p.y1 - footerY) < EPS && Math.abs(p.y2 - footerY) < EPS;
  return p.type === "image";
}

function checkSlide(stack: FontStack, layout: DeckLayout, slide: SlideLayout, n: number, o: Required<InvariantOptions>["theme"]): string[] {
  const errors: string[] = [];
  const grid = makeGrid(o as Theme);
  const tag = `slide ${n} (${slide.kind} "${slide.title}")`;
  const texts: Array<{ p: TextPrimitive; i: number }> = [];
  slide.primitives.forEach((p, i) => {
    const where = `${tag} #${i} ${p.type}${p.type === "text" ? ` "${p.paragraphs[0]?.lines[0]?.map((r) => r.text).join("") ?? ""}"` : ""}`;
    const b = boundsOf(p);
    if (b.x < -EPS || b.y < -EPS || b.x + b.w > layout.width + EPS || b.y + b.h > layout.height + EPS) errors.push(`${where}: outside the slide (${b.x.toFixed(2)},${b.y.toFixed(2)} ${b.w.toFixed(2)}x${b.h.toFixed(2)})`);
    for (const size of fontSizes(p)) if (size < o.sizes.min - 1e-9) errors.push(`${where}: ${size} pt is under the theme minimum ${o.sizes.min} pt`);
    if (p.type === "text") {
      errors.push(...checkText(stack, p, where));
      texts.push({ p, i });
      if (b.x < grid.margin / 2 || b.x + b.w > layout.width - grid.margin / 2) errors.push(`${where}: text box touches the slide edge`);
    }
    if (p.type === "table") errors.push(...checkTable(stack, p, where));
    if (slide.kind !== "cover" && !isFooterPart(p, grid.footer.y) && !(p.type === "rect" && b.y < EPS)) {
      if (b.y + b.h > grid.footer.y - grid.gutter / 2 + EPS) errors.push(`${where}: reaches into the footer band (bottom ${(b.y + b.h).toFixed(3)} in, band at ${grid.footer.y.toFixed(3)} in)`);
    }
  });
  for (let a = 0; a < texts.length; a++) {
    for (let c = a + 1; c < texts.length; c++) {
      if (overlapArea(texts[a].p, texts[c].p) > 0) errors.push(`${tag}: text #${texts[a].i} overlaps text #${texts[c].i}`);
    }
  }
  return errors;
}

export function checkLayoutInvariants(layout: DeckLayout, opts: InvariantOptions = {}): string[] {
  const theme = opts.theme ?? {
    sizes: { title: 28, subtitle: 16, body: 13, small: 11, min: 10, cover: 40 },
    spacing: { margin: 0.5, gutter: 0.2, columns: 12, footer: 0.4 },
    slide: { width: layout.width, height: layout.height },
  };
  const stack = getFontStack(layout.fonts);
  const errors = layout.slides.flatMap((s, i) => checkSlide(stack, layout, s, i + 1, theme));
  const titles = layout.slides
    .map((s, i) => ({ i, kind: s.kind, t: s.primitives.find((p): p is TextPrimitive => p.type === "text" && p.role === "title") }))
    .filter((s) => s.kind !== "cover");
  const ref = titles.find((t) => t.t)?.t;
  for (const { i, t } of titles) {
    if (!t) errors.push(`slide ${i + 1} (${layout.slides[i].kind}): no title`);
    else if (ref && (Math.abs(t.x - ref.x) > EPS || Math.abs(t.y - ref.y) > EPS || Math.abs(t.w - ref.w) > EPS || Math.abs(t.h - ref.h) > EPS)) errors.push(`slide "${layout.slides[i].title}": title box moved`);
  }
  if (layout.slides.length === 0) errors.push("the deck has no slide");
  return errors;
}
