// The invariant checker must catch what it claims to catch: each case breaks
// one rule on an otherwise clean slide.
import { describe, expect, it } from "vitest";
import type { DeckLayout, Primitive, TextPrimitive } from "../../src/layout/types.js";
import { checkLayoutInvariants } from "./invariants.js";
import { layoutSlides } from "./deck-fixture.js";

async function cleanDeck(): Promise<DeckLayout> {
  const { layout } = await layoutSlides([
    { kind: "agenda", section: "agenda", title: "Ordre du jour", items: ["Informations générales", "Plan d'actions"] },
    { kind: "custom", section: "custom", title: "Points divers", bullets: ["Un point", "Un autre point"] },
  ]);
  return layout;
}

function withPrimitive(layout: DeckLayout, slide: number, p: Primitive): DeckLayout {
  return { ...layout, slides: layout.slides.map((s, i) => (i === slide ? { ...s, primitives: [...s.primitives, p] } : s)) };
}

function text(over: Partial<TextPrimitive> & { words?: string }): TextPrimitive {
  return {
    type: "text",
    x: 1,
    y: 3,
    w: 4,
    h: 0.5,
    padding: 0.05,
    style: { fontFace: "Calibri", fontSize: 12, color: "#000000", lineHeight: 14.4 },
    paragraphs: [{ lines: [[{ text: over.words ?? "Bonjour" }]] }],
    align: "left",
    valign: "top",
    ...over,
  };
}

describe("checkLayoutInvariants", () => {
  it("passes a clean deck", async () => {
    expect(checkLayoutInvariants(await cleanDeck())).toEqual([]);
  });

  it.each([
    ["outside the slide", text({ x: 12, w: 2 }), /outside the slide/],
    ["a line wider than its box", text({ w: 1, words: "Une ligne beaucoup trop longue pour sa boîte" }), /pt wide/],
    ["text taller than its box", text({ h: 0.2 }), /pt tall/],
    ["text under the minimum size", text({ style: { fontFace: "Calibri", fontSize: 8, color: "#000000", lineHeight: 9.6 } }), /under the theme minimum/],
    ["text on text", text({ x: 2.2, y: 2.3, h: 0.5 }), /overlaps text/],
    ["a box in the footer band", { type: "rect", x: 1, y: 6.9, w: 2, h: 0.3, fill: "#FF0000" } as Primitive, /footer band/],
    ["text touching the slide edge", text({ x: 0.05, y: 5, w: 1 }), /slide edge/],
  ])("catches %s", async (_name, p, message) => {
    const layout = await cleanDeck();
    // Slide 2 (custom) holds a bullet box at the top of the body; #2.2,2.3 overlaps it.
    const broken = withPrimitive(layout, 1, p);
    const errors = checkLayoutInvariants(broken);
    expect(errors.join("\n")).toMatch(message);
  });

  it("catches a title that moved between slides", async () => {
    const layout = await cleanDeck();
    const moved = {
      ...layout,
      slides: layout.slides.map((s, i) => (i === 1 ? { ...s, primitives: s.primitives.map((p) => (p.type === "text" && p.role === "title" ? { ...p, y: p.y + 0.2 } : p)) } : s)),
    };
    expect(checkLayoutInvariants(moved).join("\n")).toMatch(/title box moved/);
  });

  it("catches a table row too short for its lines", async () => {
    const layout = await cleanDeck();
    const table: Primitive = {
      type: "table",
      x: 1,
      y: 4,
      columns: [2, 2],
      rows: [{ h: 0.1, cells: [{ paragraphs: [{ lines: [[{ text: "a" }], [{ text: "b" }]] }] }, { paragraphs: [{ lines: [[{ text: "c" }]] }] }] }],
      style: { fontFace: "Calibri", fontSize: 12, color: "#000000", lineHeight: 14.4 },
      padding: 0.05,
      border: { color: "#CCCCCC", width: 0.5 },
    };
    expect(checkLayoutInvariants(withPrimitive(layout, 1, table)).join("\n")).toMatch(/row 0 is 0.100 in/);
  });
});
