import { describe, expect, it } from "vitest";
import { findUndrawableText, MissingCharactersError } from "../../../src/layout/text/index.js";
import type { SlideLayout, TablePrimitive, TextPrimitive } from "../../../src/layout/types.js";
import { stack } from "./stack.js";

const style = { fontFace: "Calibri", fontSize: 12, color: "#000000", lineHeight: 14.4 };
const text = (t: string, field?: string): TextPrimitive => ({
  type: "text", x: 0, y: 0, w: 2, h: 1, padding: 0, style, align: "left", valign: "top",
  paragraphs: [{ lines: [[{ text: t }]] }], ...(field ? { field } : {}),
});
const table = (cell: string): TablePrimitive => ({
  type: "table", x: 0, y: 0, columns: [2], style, padding: 0.05, border: { color: "#000000", width: 0.5 },
  rows: [{ h: 0.3, cells: [{ paragraphs: [{ lines: [[{ text: cell }]] }] }] }],
});
const slide = (primitives: SlideLayout["primitives"]): SlideLayout => ({ kind: "actions", title: "Plan d'actions", background: "#FFFFFF", primitives });

describe("findUndrawableText", () => {
  it("accepts Latin, Polish and Chinese text", () => {
    expect(findUndrawableText(stack, [slide([text("Łukasz, 上海", "a"), table("Kraków ✓")])])).toBeUndefined();
  });

  it("names the field of a text primitive", () => {
    const err = findUndrawableText(stack, [slide([text("ok"), text("Bravo 👍", "actions[1].title")])]);
    expect(err).toBeInstanceOf(MissingCharactersError);
    expect(err?.field).toBe("actions[1].title");
  });

  it("finds a table cell and names the slide when there is no field", () => {
    const err = findUndrawableText(stack, [slide([table("Livré 🚚")])]);
    expect(err?.characters).toEqual(["🚚"]);
    expect(err?.field).toContain("Plan d'actions");
  });
});
