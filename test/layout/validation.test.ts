import { describe, expect, it } from "vitest";
import { layoutValidation } from "../../src/layout/validation.js";
import { contrastRatio } from "../../src/layout/contrast.js";
import type { ValidationSlide } from "../../src/deck/types.js";
import { checkLayoutInvariants } from "./invariants.js";
import { deckOf, testContext, textOf, texts } from "./chart-context.js";

const slide: ValidationSlide = {
  kind: "validation",
  section: "validation",
  title: "Plan validation",
  subtitle: "We ask you to validate the objectives and the action plan",
  status: "sent",
  toValidate: ["Objective: grow facial-care sales by 10 %", "Objective: raise the loyalty basket", "Action plan (6 actions)"],
  facts: [{ label: "Status", value: "Sent for validation" }, { label: "Validated by", value: "Claire Martin" }, { label: "Date", value: "20 January 2027" }],
  comments: "To be validated at the 20 January review",
  signatureLabels: ["Name", "Title", "Date", "Signature"],
};

describe.each(["default", "midnight"])("validation slide, theme %s", (theme) => {
  const ctx = testContext({ theme });

  it("shows the status as a readable pill with its word, and labelled signature boxes", () => {
    const [page] = layoutValidation(slide, ctx);
    const all = texts(page.primitives);
    const pill = all.find((t) => textOf(t) === "Sent for validation")!;
    expect(pill.fill).toBe(ctx.theme.colors.status.in_progress);
    expect(pill.radius).toBeGreaterThan(0);
    expect(contrastRatio(pill.style.color, pill.fill!)).toBeGreaterThanOrEqual(4.5);
    const words = all.map(textOf);
    expect(words).toEqual(expect.arrayContaining(["Name", "Title", "Date", "Signature", "Claire Martin", "To be validated at the 20 January review"]));
    const signature = all.find((t) => textOf(t) === "Signature")!;
    const frame = page.primitives.find((p) => p.type === "rect" && Math.abs(p.y - (signature.y - 0.03)) < 0.01)!;
    expect(frame).toBeDefined();
    if (frame.type === "rect") expect(frame.h).toBeGreaterThan(1);
    expect(checkLayoutInvariants(deckOf(ctx, [page]), { theme: ctx.theme })).toEqual([]);
  });

  it("uses the done colour once validated", () => {
    const [page] = layoutValidation({ ...slide, status: "validated", facts: [{ label: "Status", value: "Validated" }] }, ctx);
    expect(texts(page.primitives).find((t) => textOf(t) === "Validated")!.fill).toBe(ctx.theme.colors.status.done);
  });
});

it("runs the panels down to the foot of the body and sets a short list at the subtitle size under a heading as large", () => {
  const ctx = testContext();
  const [page] = layoutValidation(slide, ctx);
  const panels = page.primitives.filter((p) => p.type === "rect" && p.fill === ctx.theme.colors.surface && p.x === ctx.grid.body.x);
  const lowest = Math.max(...panels.map((p) => (p.type === "rect" ? p.y + p.h : 0)));
  expect(lowest).toBeCloseTo(ctx.grid.body.y + ctx.grid.body.h, 2);
  const item = texts(page.primitives).find((t) => textOf(t).startsWith("Objective: grow"))!;
  expect(item.style.fontSize).toBe(ctx.theme.sizes.subtitle);
  const heading = texts(page.primitives).find((t) => textOf(t) === "For your validation")!;
  expect(heading.style.fontSize).toBeGreaterThanOrEqual(item.style.fontSize);
});
