import { expect, it } from "vitest";
import { layoutStakeholderTable } from "../../src/layout/stakeholder-table.js";
import { relationshipTint } from "../../src/layout/contrast.js";
import type { StakeholderTableSlide } from "../../src/deck/types.js";
import type { TablePrimitive } from "../../src/layout/types.js";
import { checkLayoutInvariants } from "./invariants.js";
import { deckOf, testContext } from "./chart-context.js";

const rel = ["strong", "good", "weak"] as const;
const slide = (n: number): StakeholderTableSlide => ({
  kind: "stakeholder-table",
  section: "stakeholders",
  title: "Stakeholders: roles and relationship",
  columns: ["Name", "Title", "Roles", "Stance", "Relationship", "Notes"],
  rows: Array.from({ length: n }, (_, i) => ({
    cells: [`Person ${i}`, "Director of purchasing, health and beauty", "Decision maker, Budget holder", "Ally", ["Strong", "Good", "Weak"][i % 3], i % 2 ? "Met once at the trade show; go through Claire for anything about margins." : ""],
    relationship: rel[i % 3],
  })),
});

it.each(["default", "midnight"])("tints the relationship cell with the word and paginates long tables (theme %s)", (theme) => {
  const ctx = testContext({ theme });
  const pages = layoutStakeholderTable(slide(30), ctx);
  expect(pages.length).toBeGreaterThan(1);
  const tables = pages.map((p) => p.primitives.find((q): q is TablePrimitive => q.type === "table")!);
  const rows = tables.flatMap((t) => t.rows.filter((r) => !r.header));
  expect(rows).toHaveLength(30);
  for (const t of tables) expect(t.rows[0].header).toBe(true);
  rows.forEach((r, i) => {
    expect(r.cells[4].fill).toBe(relationshipTint(ctx.theme, rel[i % 3]));
    expect(r.cells[4].paragraphs[0].lines[0][0].text).toBe(["Strong", "Good", "Weak"][i % 3]);
  });
  expect(checkLayoutInvariants(deckOf(ctx, pages), { theme: ctx.theme })).toEqual([]);
});

it("spreads rows evenly over continuation slides instead of leaving an orphan row", () => {
  const ctx = testContext();
  for (const n of [14, 19, 23, 31]) {
    const pages = layoutStakeholderTable(slide(n), ctx);
    const counts = pages.map((p) => p.primitives.find((q): q is TablePrimitive => q.type === "table")!.rows.length - 1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
    if (counts.length > 1) expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  }
});

it("leaves the notes column out when no row has notes, keeps it when one has", () => {
  const ctx = testContext();
  const bare = slide(4);
  bare.rows = bare.rows.map((r) => ({ ...r, cells: [...r.cells.slice(0, 5), ""] }));
  const [page] = layoutStakeholderTable(bare, ctx);
  const table = page.primitives.find((q): q is TablePrimitive => q.type === "table")!;
  expect(table.rows[0].cells.map((c) => c.paragraphs[0].lines[0][0].text)).toEqual(["Name", "Title", "Roles", "Stance", "Relationship"]);
  expect(table.columns.reduce((s, w) => s + w, 0)).toBeCloseTo(ctx.grid.body.w, 3);
  expect(table.rows[1].cells[4].fill).toBe(relationshipTint(ctx.theme, "strong"));
  const [withNotes] = layoutStakeholderTable(slide(4), ctx);
  expect(withNotes.primitives.find((q): q is TablePrimitive => q.type === "table")!.columns).toHaveLength(6);
});
