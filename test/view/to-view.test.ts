import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toView } from "../../src/view/to-view.js";
import { composeDeck } from "../../src/deck/compose.js";
import { Plan } from "../../src/plan/schema.js";
import { loadMarkersPlan, markersInFixture, MARKERS_FILE } from "./markers.js";

const opts = { planFile: MARKERS_FILE };
const minimal = (extra: Record<string, unknown> = {}): Plan =>
  Plan.parse({ plan: 1, period: "2026-Q4", account: { name: "Acme" }, ...extra });

describe("toView: the markers fixture", () => {
  const plan = loadMarkersPlan();
  const markers = markersInFixture();

  it("finds enough markers in the fixture to mean something", () => {
    expect(markers.length).toBeGreaterThan(40);
  });

  it("leaves every marker out of the client view", () => {
    const json = JSON.stringify(toView(plan, "client", opts));
    expect(markers.filter((m) => json.includes(m))).toEqual([]);
    expect(json).not.toContain("secret-objective");
    expect(json).not.toContain("MARKER");
  });

  it("leaves every marker out of the composed client deck", () => {
    const json = JSON.stringify(composeDeck(toView(plan, "client", opts), { timestamp: 0 }));
    expect(json).not.toContain("MARKER");
    expect(json).not.toContain("secret-objective");
  });

  it("keeps every marker in the internal view (positive control)", () => {
    const json = JSON.stringify(toView(plan, "internal", opts));
    expect(markers.filter((m) => !json.includes(m))).toEqual([]);
  });

  it("shows every marker in the internal deck", () => {
    const json = JSON.stringify(composeDeck(toView(plan, "internal", opts), { timestamp: 0 }));
    const missing = markers.filter((m) => !json.includes(m));
    expect(missing).toEqual([]);
  });

  it("still gives the client the visible data", () => {
    const view = toView(plan, "client", opts);
    expect(view.account.news).toEqual(["Actualité visible"]);
    expect(view.objectives.map((o) => o.id)).toEqual(["visible-objective"]);
    expect(view.objectives[0].kpis.map((k) => k.name)).toEqual(["KPI visible"]);
    expect(view.swot?.grid.map((r) => r.factor)).toEqual(["Facteur visible"]);
    expect(view.solution).toHaveLength(1);
    expect(view.actions.map((a) => a.source)).toEqual([0]);
    expect(view.followup?.cadence.map((t) => t.kind)).toEqual(["call"]);
    expect(view.validation).toBeUndefined();
    expect(view.custom_sections.map((c) => c.title)).toEqual(["Section visible"]);
  });
});

describe("toView: allowlist shape", () => {
  it("gives a client view no stakeholders and no account notes, even as empty keys", () => {
    const view = toView(loadMarkersPlan(), "client", opts);
    expect(Object.keys(view).sort()).toEqual(
      ["account", "actions", "audience", "currency", "custom_sections", "followup", "language", "objectives", "period", "sections", "solution", "swot", "team"].sort(),
    );
  });

  it("does not pass through a field it does not know, even if the plan object carries one", () => {
    const plan = minimal({ account: { name: "Acme", sector: "Retail" } });
    // Simulates a future schema field: an allowlist copies only what it names.
    (plan.account as Record<string, unknown>).margin_secret = "MARKER-future-field";
    (plan as Record<string, unknown>).future_top_level = "MARKER-future-top";
    expect(JSON.stringify(toView(plan, "client", opts))).not.toContain("MARKER");
    expect(JSON.stringify(toView(plan, "internal", opts))).not.toContain("MARKER");
  });

  it("keeps stakeholders (confidential ones included) and account notes in the internal view", () => {
    const view = toView(loadMarkersPlan(), "internal", opts);
    if (view.audience !== "internal") throw new Error("expected an internal view");
    expect(view.stakeholders.map((s) => s.id)).toEqual(["boss", "buyer"]);
    expect(view.account_notes).toBe("MARKER-notes-account");
  });

  it("keeps the plan index of each action as source", () => {
    const view = toView(loadMarkersPlan(), "internal", opts);
    expect(view.actions.map((a) => a.source)).toEqual([0, 1, 2, 3]);
    expect(view.actions[1].status).toBe("planned");
  });
});

describe("toView: sections", () => {
  it("uses the method's order and keeps only sections with data", () => {
    const plan = minimal({ account: { name: "Acme", sector: "Retail" }, actions: [{ action: "A", owner: "B", due: "2027-01-01" }] });
    expect(toView(plan, "client", opts).sections).toEqual(["account", "actions"]);
  });

  it("never lists stakeholders for a client, even when sections: asks for them", () => {
    const plan = minimal({
      sections: ["stakeholders", "account"],
      account: { name: "Acme", sector: "Retail" },
      stakeholders: [{ id: "a", name: "A", roles: ["user"], stance: "ally", relationship: "good" }],
    });
    expect(toView(plan, "client", opts).sections).toEqual(["account"]);
    expect(toView(plan, "internal", opts).sections).toEqual(["stakeholders", "account"]);
  });

  it("follows the order of sections: and drops what has no data", () => {
    const plan = minimal({
      sections: ["actions", "swot", "account"],
      account: { name: "Acme", news: ["N"] },
      actions: [{ action: "A", owner: "B", due: "2027-01-01" }],
    });
    expect(toView(plan, "internal", opts).sections).toEqual(["actions", "account"]);
  });

  it("drops a section whose only content is confidential", () => {
    const plan = minimal({ swot: { strengths: [{ text: "S", confidential: true }] }, followup: { confidential: true } });
    const client = toView(plan, "client", opts);
    expect(client.swot).toBeUndefined();
    expect(client.followup).toBeUndefined();
    expect(client.sections).toEqual([]);
    expect(toView(plan, "internal", opts).sections).toEqual(["swot", "followup"]);
  });
});

describe("toView: defaults and logo", () => {
  it("applies the method's cadence when the plan gives none", () => {
    const view = toView(minimal({ followup: { next_review: "2027-01-20" } }), "client", opts);
    expect(view.followup?.cadence).toEqual([
      { kind: "email", every: "2 weeks" },
      { kind: "call", every: "1 month", duration: 30 },
      { kind: "review", every: "1 quarter", duration: 60 },
    ]);
  });

  it("carries the logo with the MIME type sniffed from its bytes, not its extension", () => {
    const dir = mkdtempSync(join(tmpdir(), "kamdeck-view-"));
    const path = join(dir, "logo.png");
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    const view = toView(minimal({ account: { name: "Acme", logo: path } }), "client", opts);
    expect(view.account.logo).toEqual({ path, mime: "image/jpeg" });
  });

  it("resolves a relative logo against the plan file and drops a file that is not an image", () => {
    const dir = mkdtempSync(join(tmpdir(), "kamdeck-view-"));
    writeFileSync(join(dir, "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    writeFileSync(join(dir, "fake.png"), "not a png");
    const planFile = join(dir, "plan.yaml");
    expect(toView(minimal({ account: { name: "A", logo: "logo.png" } }), "client", { planFile }).account.logo).toEqual({
      path: join(dir, "logo.png"),
      mime: "image/png",
    });
    expect(toView(minimal({ account: { name: "A", logo: "fake.png" } }), "client", { planFile }).account.logo).toBeUndefined();
  });
});
