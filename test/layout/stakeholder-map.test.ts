import { describe, expect, it } from "vitest";
import { layoutStakeholderMap, fitMapPage } from "../../src/layout/stakeholder-map.js";
import type { StakeholderMapSlide } from "../../src/deck/types.js";
import type { ViewStakeholder } from "../../src/view/types.js";
import type { LinePrimitive, RectPrimitive } from "../../src/layout/types.js";
import { checkLayoutInvariants } from "./invariants.js";
import { deckOf, testContext, textOf, texts } from "./chart-context.js";

const labels: StakeholderMapSlide["labels"] = {
  roles: { influencer: "Influencer", user: "User", executive: "Executive", decision_maker: "Decision maker", budget_holder: "Budget holder" },
  stances: { champion: "Champion", ally: "Ally", neutral: "Neutral", detractor: "Detractor" },
  relationships: { strong: "Strong", good: "Good", weak: "Weak" },
  legend: "Relationship",
};

function person(id: string, reports_to: string | undefined, i: number, title = "Head of Category Management"): ViewStakeholder {
  const stances = ["champion", "ally", "neutral", "detractor"] as const;
  const rel = ["strong", "good", "weak"] as const;
  const roles = [["decision_maker", "budget_holder"], ["user"], ["influencer", "user"], ["executive"]] as const;
  return { id, name: `Person ${id.toUpperCase()}`, title, ...(reports_to ? { reports_to } : {}), roles: [...roles[i % 4]], stance: stances[i % 4], relationship: rel[i % 3] };
}

/** 13 people on 3 levels: a CEO, 4 direct reports, 8 below them (the widest English case). */
const thirteen: ViewStakeholder[] = [
  person("ceo", undefined, 0, "Chief Executive Officer"),
  ...["a", "b", "c", "d"].map((id, i) => person(id, "ceo", i + 1, "Chief Operating Officer")),
  ...["a1", "a2", "b1", "b2", "c1", "c2", "d1", "d2"].map((id, i) => person(id, id[0], i, i % 2 ? "Controls Engineering Manager" : "Plant Manager, Columbus")),
];

const slideOf = (people: ViewStakeholder[]): StakeholderMapSlide => ({ kind: "stakeholder-map", section: "stakeholders", title: "Stakeholder map", subtitle: "6 champions and allies", people, labels });

// 0.002 in: the IR rounds to 1/1000 inch, so an end on an edge may sit a hair inside.
const inside = (x: number, y: number, b: { x: number; y: number; w: number; h: number }) => x > b.x + 0.002 && x < b.x + b.w - 0.002 && y > b.y + 0.002 && y < b.y + b.h - 0.002;

describe.each(["default", "midnight"])("stakeholder map, theme %s", (theme) => {
  const ctx = testContext({ theme });

  it("puts 13 people on 3 levels on one slide, boxes apart, names whole and readable", () => {
    const slides = layoutStakeholderMap(slideOf(thirteen), ctx);
    expect(slides).toHaveLength(1);
    const page = fitMapPage(ctx, slideOf(thirteen), new Set(thirteen.map((p) => p.id)))!;
    expect(page.chart.levels).toBe(3);
    const boxes = page.chart.boxes.map((b) => ({ ...b, x: b.x + page.ox, y: b.y + page.oy }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.w + ctx.grid.gutter - 1e-6 <= b.x || b.x + b.w + ctx.grid.gutter - 1e-6 <= a.x || a.y + a.h < b.y || b.y + b.h < a.y;
        expect(apart, `${a.id} and ${b.id} overlap or touch`).toBe(true);
      }
    }
    const words = texts(slides[0].primitives);
    for (const p of thirteen) {
      const name = words.find((t) => textOf(t) === p.name);
      expect(name, p.name).toBeDefined();
      // The minimum is a floor, not a target: 13 people keep their names a step under body size.
      expect(name!.style.fontSize).toBeGreaterThanOrEqual(ctx.theme.sizes.body - 1);
      expect(name!.style.bold).toBe(true);
    }
    expect(page.metrics.chipSize).toBeLessThanOrEqual(page.metrics.textSize);
    expect(checkLayoutInvariants(deckOf(ctx, slides), { theme: ctx.theme })).toEqual([]);
    expect(ctx.warnings).toEqual([]);
  });

  it("never runs a connector through a box", () => {
    const [slide] = layoutStakeholderMap(slideOf(thirteen), ctx);
    const page = fitMapPage(ctx, slideOf(thirteen), new Set(thirteen.map((p) => p.id)))!;
    const boxes = page.chart.boxes.map((b) => ({ x: b.x + page.ox, y: b.y + page.oy, w: b.w, h: b.h }));
    const connectors = slide.primitives.filter((p): p is LinePrimitive => p.type === "line" && p.stroke.color === ctx.theme.colors.muted && p.stroke.width === 1.25);
    expect(connectors.length).toBeGreaterThanOrEqual(12);
    for (const c of connectors) {
      for (let t = 0; t <= 1; t += 0.05) {
        const x = c.x1 + (c.x2 - c.x1) * t;
        const y = c.y1 + (c.y2 - c.y1) * t;
        for (const b of boxes) expect(inside(x, y, b), `connector at ${x.toFixed(2)},${y.toFixed(2)} inside a box`).toBe(false);
      }
    }
  });

  it("tints each box by relationship and says it without colour (border style and legend)", () => {
    const [slide] = layoutStakeholderMap(slideOf(thirteen.slice(0, 5)), ctx);
    const frames = slide.primitives.filter((p): p is RectPrimitive => p.type === "rect" && p.stroke !== undefined && (p.stroke.width === 2.25 || p.stroke.dash === "dash" || p.stroke.width === 1));
    expect(new Set(frames.map((f) => f.stroke!.dash ?? `w${f.stroke!.width}`)).size).toBe(3);
    const words = texts(slide.primitives).map(textOf);
    expect(words).toEqual(expect.arrayContaining(["Strong", "Good", "Weak", "Champion", "Ally", "Neutral", "Detractor"]));
    expect(slide.primitives.some((p) => p.type === "polygon" && p.points.length === 10)).toBe(true); // the champion's star
  });

  it("splits a 31-person chart by branch, root repeated, never under the minimum size", () => {
    const wide: ViewStakeholder[] = [person("root", undefined, 0)];
    for (let d = 0; d < 5; d++) {
      wide.push(person(`d${d}`, "root", d));
      for (let k = 0; k < 5; k++) wide.push(person(`d${d}k${k}`, `d${d}`, k));
    }
    const slides = layoutStakeholderMap(slideOf(wide), ctx);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.slice(1).every((s) => s.title === "Stakeholder map (continued)")).toBe(true);
    const shown = new Set(slides.flatMap((s) => texts(s.primitives).map(textOf)));
    for (const p of wide) expect(shown.has(p.name), p.name).toBe(true);
    for (const s of slides) {
      expect(texts(s.primitives).some((t) => textOf(t) === "Person ROOT")).toBe(true);
      for (const t of texts(s.primitives)) expect(t.style.fontSize).toBeGreaterThanOrEqual(ctx.theme.sizes.min);
    }
    expect(checkLayoutInvariants(deckOf(ctx, slides), { theme: ctx.theme })).toEqual([]);
  });
});

it.each(["default", "midnight"])("keeps a five-level chart readable: split by depth when too tall (theme %s)", (theme) => {
  const ctx = testContext({ theme });
  const chain = ["ceo", "coo", "vp", "dir", "mgr"];
  const people: ViewStakeholder[] = chain.map((id, i) => person(id, i ? chain[i - 1] : undefined, i));
  people.push(person("vp2", "coo", 1), person("dir2", "vp", 2), person("buyer", "mgr", 3), person("buyer2", "mgr", 0));
  const slides = layoutStakeholderMap(slideOf(people), ctx);
  const shown = new Set(slides.flatMap((s) => texts(s.primitives).map(textOf)));
  for (const p of people) expect(shown.has(p.name), p.name).toBe(true);
  expect(checkLayoutInvariants(deckOf(ctx, slides), { theme: ctx.theme })).toEqual([]);
  expect(ctx.warnings).toEqual([]);
});

it("marks French continuation slides with (suite)", () => {
  const ctx = testContext({ language: "fr" });
  const wide: ViewStakeholder[] = [person("r1", undefined, 0), person("r2", undefined, 1), person("r3", undefined, 2)];
  for (const r of ["r1", "r2", "r3"]) for (let k = 0; k < 6; k++) wide.push(person(`${r}k${k}`, r, k));
  const slides = layoutStakeholderMap({ ...slideOf(wide), title: "Cartographie des interlocuteurs" }, ctx);
  expect(slides.length).toBeGreaterThan(1);
  expect(slides[1].title).toBe("Cartographie des interlocuteurs (suite)");
});

it("gives a small chart (5 people) larger boxes and type than the body size", () => {
  const ctx = testContext();
  const five = [person("ceo", undefined, 0), ...["a", "b", "c", "d"].map((id, i) => person(id, "ceo", i + 1))];
  const page = fitMapPage(ctx, slideOf(five), new Set(five.map((p) => p.id)))!;
  expect(page.metrics.nameSize).toBeGreaterThan(ctx.theme.sizes.body);
  expect(page.metrics.textSize).toBeGreaterThan(ctx.theme.sizes.small);
  const slides = layoutStakeholderMap(slideOf(five), ctx);
  expect(checkLayoutInvariants(deckOf(ctx, slides), { theme: ctx.theme })).toEqual([]);
});
