// The reused encoding buffer must give exactly Buffer.from's bytes, whatever the text.
import { describe, expect, it } from "vitest";
import { utf8Transient } from "../../../../src/render/pptx/postprocess/utf8-scratch.js";

const texts: Array<[string, string]> = [
  ["empty", ""],
  ["ASCII", "<a:t>Plan d&apos;actions</a:t>"],
  ["Latin-1", "Café déjà vu, Œuvre"],
  ["BMP", "€ • – 供应链 맑은 고딕 ゴシック"],
  ["astral", "📈 𝔸 🚀"],
  ["lone surrogates", "a\ud800b\udc00c\ud83d"],
  ["surrogate at the end", "x".repeat(1000) + "\ud800"],
];

describe("utf8Transient", () => {
  it.each(texts)("encodes %s text as Buffer.from does", (_, text) => {
    expect(Buffer.compare(utf8Transient(text), Buffer.from(text, "utf8"))).toBe(0);
  });

  it("grows for long text (3 bytes per unit at worst) and stays exact", () => {
    const long = "€".repeat(70_000) + "é".repeat(10_000);
    expect(Buffer.compare(utf8Transient(long), Buffer.from(long, "utf8"))).toBe(0);
    expect(Buffer.compare(utf8Transient("<short/>"), Buffer.from("<short/>"))).toBe(0);
  });

  it("encodes a rope (text built by concatenation) as its flat text", () => {
    let rope = "";
    for (let i = 0; i < 2000; i++) rope += `<a:r><a:t>${i % 7 ? "x" : "€"}${i}</a:t></a:r>`;
    expect(Buffer.compare(utf8Transient(rope), Buffer.from(rope, "utf8"))).toBe(0);
  });

  it("encodes very long text into a buffer of its own", () => {
    const huge = "<a/>".repeat(400_000);
    const a = utf8Transient(huge);
    const b = utf8Transient("<b/>");
    expect(a.length).toBe(1_600_000);
    expect(a.subarray(0, 4).toString()).toBe("<a/>");
    expect(b.toString()).toBe("<b/>");
  });
});
