import { describe, expect, it } from "vitest";
import { labelsFor } from "../../src/i18n/labels.js";

const fr = labelsFor("fr");
const en = labelsFor("en");

/** Every string leaf, so an empty label (a blank on a slide) fails. */
function leaves(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

describe("label tables", () => {
  it("have the same keys in both languages and no empty label", () => {
    expect(leaves(fr).map(([p]) => p)).toEqual(leaves(en).map(([p]) => p));
    expect(leaves(fr).filter(([, v]) => v.trim() === "")).toEqual([]);
    expect(leaves(en).filter(([, v]) => v.trim() === "")).toEqual([]);
  });

  it("use the method's stakeholder words", () => {
    expect(Object.values(fr.stakeholders.roles)).toEqual(["Influenceur", "Utilisateur", "Dirigeant", "Décideur", "Détenteur du budget"]);
    expect(Object.values(en.stakeholders.roles)).toEqual(["Influencer", "User", "Executive", "Decision maker", "Budget holder"]);
    expect(Object.values(fr.stakeholders.stances)).toEqual(["Champion", "Allié", "Neutre", "Détracteur"]);
    expect(Object.values(en.stakeholders.relationships)).toEqual(["Strong", "Good", "Weak"]);
  });

  it("say the actions takeaway with the language's plurals", () => {
    expect(fr.actions.subtitle({ onTrack: 4, total: 6, blocked: 1 })).toBe("4 actions sur 6 en bonne voie, 1 bloquée");
    expect(en.actions.subtitle({ onTrack: 4, total: 6, blocked: 1 })).toBe("4 of 6 actions on track, 1 blocked");
    expect(en.actions.subtitle({ onTrack: 1, total: 1, blocked: 0 })).toBe("1 of 1 action on track");
    expect(fr.actions.subtitle({ onTrack: 3, total: 5, blocked: 2 })).toBe("3 actions sur 5 en bonne voie, 2 bloquées");
  });

  it("say the cadence rhythm in words", () => {
    expect(fr.followup.every(2, "week")).toBe("Toutes les 2 semaines");
    expect(fr.followup.every(1, "month")).toBe("Chaque mois");
    expect(fr.followup.every(2, "month")).toBe("Tous les 2 mois");
    expect(en.followup.every(1, "quarter")).toBe("Every quarter");
    expect(en.followup.every(2, "week")).toBe("Every 2 weeks");
    expect(fr.followup.duration(30)).toBe("30 min");
    expect(en.followup.duration(90)).toBe("1 h 30");
  });

  it("count review decisions and stakeholders", () => {
    expect(en.review.subtitle(2)).toBe("2 decisions needed");
    expect(fr.review.subtitle(2)).toBe("2 décisions à prendre");
    expect(en.stakeholders.subtitle({ supporters: 2, detractors: 1, weak: 3 })).toBe("2 champions and allies, 1 detractor; 3 weak relationships");
    expect(fr.stakeholders.subtitle({ supporters: 2, detractors: 1, weak: 3 })).toBe("2 champions et alliés, 1 détracteur\u202f; 3 relations faibles");
  });
});
