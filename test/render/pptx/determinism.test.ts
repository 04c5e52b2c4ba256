// Same layout, same bytes: across reruns, and whatever was rendered before in
// the same process (pptxgenjs numbers charts with a process-wide counter).
import { describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { TIMESTAMP } from "../../fixtures/layouts/build.js";
import { realisticLayout } from "../../fixtures/layouts/realistic.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";
import { centralDirectory } from "./helpers/package.js";

describe("deterministic bytes", () => {
  it("renders the same layout to identical bytes", async () => {
    const first = await renderPptx(showcaseLayout());
    const second = await renderPptx(showcaseLayout());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("does not depend on the decks rendered before it (A, B, A)", async () => {
    const a1 = await renderPptx(showcaseLayout());
    const b = await renderPptx(realisticLayout("Boulangeries Martin"));
    const a2 = await renderPptx(showcaseLayout());
    expect(Buffer.from(a2).equals(Buffer.from(a1))).toBe(true);
    expect(Buffer.from(b).equals(Buffer.from(a1))).toBe(false);
  });

  it("does not depend on decks rendered concurrently", async () => {
    const alone = await renderPptx(realisticLayout());
    const [together] = await Promise.all([renderPptx(realisticLayout()), renderPptx(showcaseLayout())]);
    expect(Buffer.from(together).equals(Buffer.from(alone))).toBe(true);
  });

  it("dates every entry from meta.timestamp, in a stable order", async () => {
    const entries = centralDirectory(await renderPptx(showcaseLayout()));
    const expected = new Date(Math.floor(TIMESTAMP / 2) * 2 * 1000);
    for (const e of entries) expect({ name: e.name, date: e.date }).toEqual({ name: e.name, date: expected });
    const names = entries.map((e) => e.name);
    expect(names.slice(0, 2)).toEqual(["[Content_Types].xml", "_rels/.rels"]);
    expect(names.slice(2)).toEqual([...names.slice(2)].sort());
    expect(names.some((n) => n.endsWith("/"))).toBe(false);
  });

  it("changes the entry dates, and only them, with the timestamp", async () => {
    const layout = showcaseLayout();
    layout.meta.timestamp = TIMESTAMP + 86_400;
    const later = centralDirectory(await renderPptx(layout));
    expect(later[0].date.toISOString()).toBe(new Date((TIMESTAMP + 86_400) * 1000).toISOString());
  });
});

describe("compression", () => {
  it("deflates every entry and a realistic deck to well under its raw size", async () => {
    const entries = centralDirectory(await renderPptx(realisticLayout()));
    for (const e of entries) expect({ name: e.name, method: e.method }).toEqual({ name: e.name, method: 8 });
    const raw = entries.reduce((s, e) => s + e.size, 0);
    const packed = entries.reduce((s, e) => s + e.compressedSize, 0);
    expect(packed).toBeLessThan(raw * 0.35);
  });
});
