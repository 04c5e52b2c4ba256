import { describe, expect, it } from "vitest";
import { toView } from "../../src/view/to-view.js";
import { composeDeck, validationReminder } from "../../src/deck/compose.js";
import type { Deck, DeckSlide } from "../../src/deck/types.js";
import type { Plan } from "../../src/plan/schema.js";
import { EXAMPLE_FILE, loadExamplePlan } from "./example-plan.js";

const NBSP = "\u00a0";
const TIMESTAMP = 1795000000; // 2026-11-18

function deckOf(plan: Plan, audience: "internal" | "client"): Deck {
  return composeDeck(toView(plan, audience, { planFile: EXAMPLE_FILE }), { timestamp: TIMESTAMP });
}
function slidesOf<K extends DeckSlide["kind"]>(deck: Deck, kind: K): Array<Extract<DeckSlide, { kind: K }>> {
  return deck.slides.filter((s): s is Extract<DeckSlide, { kind: K }> => s.kind === kind);
}
function english(plan: Plan): Plan {
  return { ...plan, language: "en" };
}

const plan = loadExamplePlan();
const internal = deckOf(plan, "internal");
const client = deckOf(plan, "client");

describe("the example plan, internal deck", () => {
  it("has the slide kinds in order, the review right after the agenda", () => {
    expect(internal.slides.map((s) => s.kind)).toEqual([
      "cover", "agenda", "review", "account", "objective", "objective", "stakeholder-map", "stakeholder-table",
      "swot", "swot-grid", "solution", "solution", "actions", "followup", "validation",
    ]);
  });

  it("fills the deck info", () => {
    expect(internal.info).toMatchObject({
      locale: "fr-FR",
      periodLabel: "T4 2026",
      confidentialMark: "Confidentiel - usage interne",
      author: "Julien Roux",
      date: "2026-11-18",
      dateLabel: "18 nov. 2026",
    });
  });

  it("says the takeaway of each slide in French", () => {
    expect(slidesOf(internal, "actions")[0].subtitle).toBe("4 actions sur 6 en bonne voie, 1 bloquée");
    expect(slidesOf(internal, "objective")[0].subtitle).toBe(
      `Chiffre d'affaires gamme visage à 1,91${NBSP}M€, 50${NBSP}% du chemin vers l'objectif de 2${NBSP}M€`,
    );
    expect(slidesOf(internal, "solution")[0].subtitle).toBe(`ROI attendu de 350${NBSP}% sur 40${NBSP}k€ investis`);
    expect(slidesOf(internal, "review")[0].subtitle).toBe("1 décision à prendre");
    expect(slidesOf(internal, "stakeholder-map")[0].subtitle).toBe("3 champions et alliés, 1 détracteur\u202f; 3 relations faibles");
    expect(slidesOf(internal, "swot")[0].subtitle).toBe("2 forces, 2 faiblesses, 2 opportunités, 2 menaces");
  });

  it("computes ROI per offer", () => {
    expect(slidesOf(internal, "solution")[0].offers.rows).toEqual([
      ["Introduction de 8 best-sellers", `40${NBSP}k€`, `180${NBSP}k€`, `350${NBSP}%`],
      ["Kit merchandising premium", `25${NBSP}k€`, `60${NBSP}k€`, `140${NBSP}%`],
    ]);
  });

  it("groups actions by objective, then the others, and flags the overdue ones", () => {
    const groups = slidesOf(internal, "actions")[0].groups;
    expect(groups.map((g) => g.objective)).toEqual([
      "Augmenter de 10 % les ventes de la gamme beauté du visage",
      "Augmenter le panier moyen des porteurs de carte fidélité",
      "Autres actions",
    ]);
    const rows = groups.flatMap((g) => g.rows);
    expect(rows.filter((r) => r.overdue).map((r) => r.action)).toEqual(["Augmentation des campagnes marketing", "Coffrets fidélité pour les fêtes"]);
    expect(rows[0]).toMatchObject({ due: "15 janv. 2027", statusLabel: "En cours", field: "actions[0]" });
  });

  it("gives each touchpoint its rhythm and the next three dates from next_review", () => {
    const f = slidesOf(internal, "followup")[0];
    expect(f.touchpoints).toMatchObject([
      { label: "E-mail", rhythm: "Toutes les 2 semaines", nextDates: ["20 janv. 2027", "3 févr. 2027", "17 févr. 2027"] },
      { label: "Appel", rhythm: "Chaque mois", duration: "30 min", nextDates: ["20 janv. 2027", "20 févr. 2027", "20 mars 2027"] },
      { label: "Revue", rhythm: "Chaque trimestre", duration: "1 h", nextDates: ["20 janv. 2027", "20 avr. 2027", "20 juil. 2027"] },
    ]);
    expect(f.subtitle).toBe("Prochaine revue le 20 janv. 2027");
  });

  it("gives the timeline every date of the three months from next_review", () => {
    const f = slidesOf(internal, "followup")[0];
    expect(f.window).toEqual({ start: "2027-01-20", end: "2027-04-20" });
    expect(f.nextReviewDate).toBe("2027-01-20");
    expect(f.touchpoints.map((t) => t.dates)).toEqual([
      ["2027-01-20", "2027-02-03", "2027-02-17", "2027-03-03", "2027-03-17", "2027-03-31", "2027-04-14"],
      ["2027-01-20", "2027-02-20", "2027-03-20", "2027-04-20"],
      ["2027-01-20", "2027-04-20"],
    ]);
  });

  it("shows the market with formatted figures and trend directions, and the internal note", () => {
    const account = slidesOf(internal, "account")[0];
    expect(account.market?.rows[0]).toEqual({ cells: ["Beauté du visage", `1\u202f200\u202f000${NBSP}unités`, `38${NBSP}M€`, `+4${NBSP}%`], trend: "up" });
    expect(account.market?.rows[1].trend).toBe("down");
    expect(account.facts[0]).toMatchObject({ label: "Contact principal", link: "mailto:claire.martin@maisondoree.example" });
    expect(account.internalNote).toContain("marges arrière");
    expect(account.subtitle).toBe("Client depuis 2019 · Grande distribution (hypermarchés et supermarchés)");
  });

  it("labels stakeholder roles, stances and relationships in French", () => {
    const row = slidesOf(internal, "stakeholder-table")[0].rows[0];
    expect(row.cells).toEqual(["Philippe Durand", "Directeur général", "Dirigeant, Détenteur du budget", "Neutre", "Faible", "Ne l'avons rencontré qu'une fois ; passer par Claire."]);
  });
});

describe("the example plan, client deck", () => {
  it("has no stakeholder slides, no internal note and ends with validation", () => {
    const kinds = client.slides.map((s) => s.kind);
    expect(kinds).not.toContain("stakeholder-map");
    expect(kinds).not.toContain("stakeholder-table");
    expect(kinds.at(-1)).toBe("validation");
    expect(slidesOf(client, "account")[0].internalNote).toBeUndefined();
    expect(client.info.confidentialMark).toBeUndefined();
    expect(JSON.stringify(client)).not.toContain("marges arrière");
  });

  it("leaves out the confidential action and recounts", () => {
    const actions = slidesOf(client, "actions")[0];
    expect(actions.groups.map((g) => g.objective)).not.toContain("Autres actions");
    expect(actions.subtitle).toBe("3 actions sur 5 en bonne voie, 1 bloquée");
  });

  it("greets the client on the cover and lists the agenda in words", () => {
    expect(slidesOf(client, "cover")[0]).toMatchObject({ headline: "Revue trimestrielle T4 2026", preparedFor: "Préparé pour Maison Dorée Distribution" });
    expect(slidesOf(internal, "cover")[0].preparedFor).toBeUndefined();
    expect(slidesOf(client, "agenda")[0].items).toEqual([
      "Revue trimestrielle", "Informations générales", "Objectifs du client", "Analyse SWOT", "Notre solution", "Plan d'actions", "Suivi du compte", "Validation du plan",
    ]);
  });

  it("says on the validation page what is to be validated", () => {
    const v = slidesOf(client, "validation")[0];
    expect(v.toValidate).toEqual([
      `Objectif${NBSP}: Augmenter de 10 % les ventes de la gamme beauté du visage`,
      `Objectif${NBSP}: Augmenter le panier moyen des porteurs de carte fidélité`,
      "Plan d'actions (5 actions)",
    ]);
    expect(v.facts[0]).toEqual({ label: "Statut", value: "Envoyé pour validation" });
    expect(v.signatureLabels).toEqual(["Nom", "Fonction", "Date", "Signature"]);
  });

  it("ends with a 'to be validated' page even when the plan has no validation block", () => {
    const deck = deckOf({ ...plan, validation: undefined }, "client");
    const last = deck.slides.at(-1);
    expect(last?.kind).toBe("validation");
    expect(last?.kind === "validation" && last.facts[0].value).toBe("À valider");
    expect(deckOf({ ...plan, validation: undefined }, "internal").slides.map((s) => s.kind)).not.toContain("validation");
  });

  it("moves validation last for a client even when sections: puts it first", () => {
    const deck = deckOf({ ...plan, sections: ["validation", "actions"] }, "client");
    expect(deck.slides.map((s) => s.kind)).toEqual(["cover", "agenda", "review", "actions", "validation"]);
  });
});

describe("objective takeaways past the target or behind the baseline", () => {
  const withKpi = (current: number) => {
    const objective = { ...plan.objectives![0], kpis: [{ name: "CA", unit: "M€", baseline: 1.8, target: 2, current, history: [] }] };
    return slidesOf(deckOf({ ...plan, objectives: [objective] }, "client"), "objective")[0].subtitle;
  };

  it("says the target is reached rather than '120 % of the way'", () => {
    expect(withKpi(2.04)).toBe(`CA à 2,04${NBSP}M€, objectif de 2${NBSP}M€ atteint`);
  });

  it("says the KPI fell behind its baseline", () => {
    expect(withKpi(1.7)).toBe(`CA à 1,7${NBSP}M€, en recul par rapport au point de départ (1,8${NBSP}M€)`);
  });
});

describe("a plan with only an account name", () => {
  const bare = { plan: 1, language: "fr", period: "2026-Q4", currency: "EUR", account: { name: "Acme" } } as Plan;

  it("gives a client a cover and the validation page, with no one-line agenda", () => {
    expect(deckOf(bare, "client").slides.map((s) => s.kind)).toEqual(["cover", "validation"]);
  });

  it("gives the team just the cover", () => {
    expect(deckOf(bare, "internal").slides.map((s) => s.kind)).toEqual(["cover"]);
  });
});

describe("English decks", () => {
  const en = deckOf(english(plan), "internal");

  it("formats numbers, dates and takeaways in English", () => {
    expect(en.info).toMatchObject({ locale: "en-US", periodLabel: "Q4 2026", confidentialMark: "Confidential - internal use", dateLabel: "Nov 18, 2026" });
    expect(slidesOf(en, "cover")[0].headline).toBe("Q4 2026 business review");
    expect(slidesOf(en, "actions")[0].subtitle).toBe("4 of 6 actions on track, 1 blocked");
    expect(slidesOf(en, "solution")[0].subtitle).toBe("Expected ROI 350% on €40k invested");
    expect(slidesOf(en, "objective")[0].subtitle).toBe(`Chiffre d'affaires gamme visage at 1.91${NBSP}M€, 50% of the way to the 2${NBSP}M€ target`);
    expect(slidesOf(en, "actions")[0].groups[0].rows[0].due).toBe("Jan 15, 2027");
    expect(slidesOf(en, "account")[0].market?.rows[1].cells).toEqual(["Soins du corps", `860,000${NBSP}unités`, "€21.5M", "-2%"]);
    expect(slidesOf(en, "stakeholder-map")[0].labels.roles.budget_holder).toBe("Budget holder");
  });

  it("uses en-GB conventions for a plan in pounds", () => {
    const gb = deckOf({ ...english(plan), currency: "GBP" }, "client");
    expect(gb.info.locale).toBe("en-GB");
    expect(slidesOf(gb, "solution")[0].offers.rows[0]).toEqual(["Introduction de 8 best-sellers", "£40k", "£180k", "350%"]);
    expect(slidesOf(gb, "actions")[0].groups[0].rows[0].due).toBe("15 Jan 2027");
  });
});

describe("validationReminder", () => {
  const viewWith = (validation: Plan["validation"], audience: "client" | "internal" = "client") =>
    toView({ ...plan, validation }, audience, { planFile: EXAMPLE_FILE });

  it("reminds the user when a client deck's plan is a draft or has no validation", () => {
    expect(validationReminder(viewWith({ status: "draft" }))).toBe("The method asks the client to validate the plan: validation.status is draft");
    expect(validationReminder(viewWith(undefined))).toMatch(/^The method asks the client to validate the plan: /);
  });

  it("stays silent once the plan is sent or validated, and for internal decks", () => {
    expect(validationReminder(viewWith({ status: "sent" }))).toBeUndefined();
    expect(validationReminder(viewWith({ status: "validated" }))).toBeUndefined();
    expect(validationReminder(viewWith({ status: "draft" }, "internal"))).toBeUndefined();
  });
});
