// A compact, readable text rendering of a DeckLayout for snapshots: one line per
// primitive with rounded geometry and the first words of its text.
import type { DeckLayout, Primitive } from "../../src/layout/types.js";

const r2 = (v: number): string => (Math.round(v * 100) / 100).toFixed(2);

function firstText(p: Primitive): string {
  if (p.type === "text") return p.paragraphs.map((q) => q.lines.map((l) => l.map((r) => r.text).join("")).join(" / ")).join(" | ").slice(0, 60);
  if (p.type === "table") return p.rows[0]?.cells.map((c) => c.paragraphs[0]?.lines[0]?.map((r) => r.text).join("") ?? "").join(" | ").slice(0, 60) ?? "";
  return "";
}

function summarizePrimitive(p: Primitive): string {
  switch (p.type) {
    case "line":
      return `line ${r2(p.x1)},${r2(p.y1)} -> ${r2(p.x2)},${r2(p.y2)}`;
    case "polygon":
      return `polygon ${p.points.length} pts at ${r2(p.points[0].x)},${r2(p.points[0].y)} ${p.fill ?? ""}`;
    case "table":
      return `table ${r2(p.x)},${r2(p.y)} cols [${p.columns.map(r2).join(" ")}] rows ${p.rows.length} h ${r2(p.rows.reduce((s, r) => s + r.h, 0))} ${p.style.fontSize}pt: ${firstText(p)}`;
    case "text":
      return `text ${r2(p.x)},${r2(p.y)} ${r2(p.w)}x${r2(p.h)} ${p.style.fontSize}pt${p.role ? ` ${p.role}` : ""}${p.fill ? ` fill ${p.fill}` : ""}: ${firstText(p)}`;
    default:
      return `${p.type} ${r2(p.x)},${r2(p.y)} ${r2(p.w)}x${r2(p.h)}`;
  }
}

/** `kinds`: only these slide kinds (so one engineer's snapshot does not move with another's kinds); footers are left out, page numbers depend on the whole deck. */
export function summarizeLayout(layout: DeckLayout, opts: { kinds?: string[] } = {}): string {
  const head = `${layout.audience} ${layout.width}x${layout.height} "${layout.meta.title}"`;
  const kept = layout.slides
    .filter((s) => !opts.kinds || opts.kinds.includes(s.kind))
    .map((s) => ({ ...s, primitives: s.primitives.filter((p) => !(p.type === "text" && p.role === "footer") && !(p.type === "line" && p.y1 > layout.height - 0.7)) }));
  const slides = kept.map((s, i) => [`#${i + 1} ${s.kind} "${s.title}"${s.bookmark ? ` [${s.bookmark}]` : ""}`, ...s.primitives.map((p) => `  ${summarizePrimitive(p)}`)].join("\n"));
  const warnings = layout.warnings.map((w) => `warning ${w.field}: ${w.message}`);
  return [head, ...slides, ...warnings].join("\n");
}
