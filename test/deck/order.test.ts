import { describe, expect, it } from "vitest";
import { Plan } from "../../src/plan/schema.js";
import { toView } from "../../src/view/to-view.js";
import { composeDeck } from "../../src/deck/compose.js";
import { numericColumns } from "../../src/deck/custom.js";

const base = {
  plan: 1,
  period: "2026-Q4",
  account: { name: "Acme", sector: "Retail" },
  actions: [{ action: "A", owner: "B", due: "2027-01-01" }],
  validation: { status: "sent" },
};

function titles(extra: Record<string, unknown>, audience: "client" | "internal") {
  const plan = Plan.parse({ ...base, ...extra });
  return composeDeck(toView(plan, audience, { planFile: "/tmp/p.yaml" }), { timestamp: 0 }).slides.map((s) => `${s.kind}:${s.title}`);
}

describe("custom sections", () => {
  const custom = [
    { title: "After account", after: "account", bullets: ["x"] },
    { title: "No after", bullets: ["y"] },
    { title: "After validation", after: "validation", bullets: ["z"] },
    { title: "After a missing section", after: "swot", bullets: ["w"] },
  ];

  it("go after their section, or before validation when they have none or it is absent", () => {
    expect(titles({ custom_sections: custom }, "internal")).toEqual([
      "cover:Acme", "agenda:Ordre du jour", "account:Informations générales", "custom:After account", "actions:Plan d'actions",
      "custom:No after", "custom:After a missing section", "validation:Validation du plan", "custom:After validation",
    ]);
  });

  it("never follow the closing validation page of a client deck", () => {
    const t = titles({ custom_sections: custom }, "client");
    expect(t.at(-1)).toBe("validation:Validation du plan");
    expect(t.slice(-4)).toEqual(["custom:No after", "custom:After validation", "custom:After a missing section", "validation:Validation du plan"]);
  });

  it("appear in the agenda where they appear in the deck", () => {
    const plan = Plan.parse({ ...base, custom_sections: custom.slice(0, 2) });
    const agenda = composeDeck(toView(plan, "client", { planFile: "/tmp/p.yaml" }), { timestamp: 0 }).slides[1];
    expect(agenda.kind === "agenda" && agenda.items).toEqual(["Informations générales", "After account", "Plan d'actions", "No after", "Validation du plan"]);
  });

  it("format numbers and flag numeric columns for right alignment", () => {
    const plan = Plan.parse({ ...base, custom_sections: [{ title: "T", table: { columns: ["Item", "Amount", "Note"], rows: [["a", 1234.5, "x"], ["b", "", "12 %"], ["c", 3, "n/a"]] } }] });
    const slide = composeDeck(toView(plan, "client", { planFile: "/tmp/p.yaml" }), { timestamp: 0 }).slides.find((s) => s.kind === "custom");
    expect(slide?.kind === "custom" && slide.table).toEqual({
      columns: ["Item", "Amount", "Note"],
      rows: [["a", "1\u202f234,5", "x"], ["b", "", "12 %"], ["c", "3", "n/a"]],
      numeric: [false, true, false],
    });
  });
});

describe("numericColumns", () => {
  it("accepts numbers and numeric strings with units, ignores blanks, rejects words", () => {
    expect(numericColumns(["a", "b", "c", "d"], [[1, "12 %", "", "x"], ["2", "1 200 €", "", "3"]])).toEqual([true, true, false, false]);
  });
});
