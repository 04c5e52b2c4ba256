// The stakeholder map's legend: relationship colours with their words, then the
// stance markers with theirs. Drawn as two short lines in a free top corner of
// the chart when there is one, else as one line along the body's bottom edge.
import type { LayoutContext } from "./context.js";
import type { Primitive } from "./types.js";
import type { StakeholderMapSlide } from "../deck/types.js";
import type { Relationship, Stance } from "../plan/schema.js";
import { lineHeightFor } from "./text-kit.js";
import { relationshipTint } from "./contrast.js";
import { stanceMarker } from "./stance-marker.js";
import { relationshipStroke } from "./stakeholder-box.js";
import { methodWords, withColon } from "./method-words.js";
import { r3 } from "./grid.js";

const RELATIONSHIPS: Relationship[] = ["strong", "good", "weak"];
const STANCES: Stance[] = ["champion", "ally", "neutral", "detractor"];
/** Inches: swatch size and the gaps between legend items and groups. */
const SWATCH = 0.16;
const ITEM_GAP = 0.18;
const GROUP_GAP = 0.45;

type Item = { kind: "word"; text: string; bold: boolean } | { kind: "swatch"; relationship: Relationship } | { kind: "marker"; stance: Stance } | { kind: "space"; w: number };

export interface LegendOptions {
  labels: StakeholderMapSlide["labels"];
  /** 1: one long line; 2: relationships on the first line, stances on the second. */
  lines: 1 | 2;
}

function groups(ctx: LayoutContext, labels: StakeholderMapSlide["labels"]): Item[][] {
  const lang = ctx.info.language;
  const words = methodWords(lang);
  const rel: Item[] = [{ kind: "word", text: withColon(labels.legend || words.relationship, lang), bold: true }, { kind: "space", w: 0.06 }];
  for (const r of RELATIONSHIPS) rel.push({ kind: "swatch", relationship: r }, { kind: "word", text: labels.relationships[r] ?? r, bold: false }, { kind: "space", w: ITEM_GAP });
  const st: Item[] = [{ kind: "word", text: withColon(words.stance, lang), bold: true }, { kind: "space", w: 0.06 }];
  for (const s of STANCES) st.push({ kind: "marker", stance: s }, { kind: "word", text: labels.stances[s] ?? s, bold: false }, { kind: "space", w: ITEM_GAP });
  return [rel.slice(0, -1), st.slice(0, -1)];
}

function itemWidth(ctx: LayoutContext, it: Item): number {
  const size = ctx.theme.sizes.small;
  if (it.kind === "word") return ctx.fonts.measure(it.text, { size, bold: it.bold }) / 72 + 0.06;
  if (it.kind === "space") return it.w;
  return SWATCH + 0.05;
}

function lineOf(ctx: LayoutContext, o: LegendOptions): Item[][] {
  const [rel, st] = groups(ctx, o.labels);
  return o.lines === 2 ? [rel, st] : [[...rel, { kind: "space", w: GROUP_GAP }, ...st]];
}

const lineH = (ctx: LayoutContext): number => lineHeightFor(ctx.theme.sizes.small) / 72 + 0.08;

/** Size of the legend block (inches). */
export function legendSize(ctx: LayoutContext, o: LegendOptions): { w: number; h: number } {
  const lines = lineOf(ctx, o);
  return { w: Math.max(...lines.map((l) => l.reduce((s, it) => s + itemWidth(ctx, it), 0))), h: lines.length * lineH(ctx) };
}

export function layoutLegend(ctx: LayoutContext, o: LegendOptions & { x: number; y: number }): Primitive[] {
  const { colors, sizes } = ctx.theme;
  const out: Primitive[] = [];
  const h = lineH(ctx);
  lineOf(ctx, o).forEach((line, row) => {
    let x = o.x;
    const y = o.y + row * h;
    const cy = y + h / 2;
    for (const it of line) {
      const w = itemWidth(ctx, it);
      if (it.kind === "word") {
        out.push(ctx.text({ x: r3(x), y: r3(y), w: r3(w), h: r3(h), paragraphs: [{ text: it.text }], size: sizes.small, minSize: sizes.small, bold: it.bold, padding: 0.02, valign: "middle", role: "caption" }).primitive);
      } else if (it.kind === "swatch") {
        const r = it.relationship;
        out.push({ type: "rect", x: r3(x), y: r3(cy - SWATCH / 2), w: SWATCH, h: SWATCH, fill: relationshipTint(ctx.theme, r), stroke: relationshipStroke(colors.relationship[r], r) });
        out.push({ type: "rect", x: r3(x), y: r3(cy - SWATCH / 2), w: 0.05, h: SWATCH, fill: colors.relationship[r] });
      } else if (it.kind === "marker") {
        out.push(stanceMarker({ stance: it.stance, cx: x + SWATCH / 2, cy, size: SWATCH, fill: colors.text }));
      }
      x += w;
    }
  });
  return out;
}
