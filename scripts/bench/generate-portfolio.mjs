// A synthetic portfolio shaped like the samples (the method's worked example):
// every section present, sizes varied deterministically from a seed, names in
// French, English and Polish so slug folding and font fallback are exercised.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { helpers, mulberry32 } from "./prng.mjs";

const PREFIXES = ["Maison", "Groupe", "Société", "Hypermarchés", "Retail", "Zakłady", "Łódź", "Café", "Nordic", "Atlantique"];
const CORES = ["Dorée", "Lumière", "Żywność", "Horizon", "Sainte-Croix", "Boréal", "Marée", "Étoile", "Krakowskie", "Vert"];
const SUFFIXES = ["Distribution", "Foods", "Commerce", "SA", "Holding", "Market", "Partners", "Sp. z o.o."];
const PEOPLE = ["Claire Martin", "Julien Roux", "Inès Haddad", "Philippe Durand", "Sophie Leroy", "Thomas Nguyen", "Amel Benali", "Marc Faure", "Zofia Wójcik", "Paweł Nowak", "Emma Clarke", "Lars Øberg"];
const TITLES = ["Directrice des achats", "Directeur général", "Chef de produit", "Responsable supply chain", "Contrôleur de gestion", "Head of category"];
const PHRASES = [
  "Concurrence des marques de distributeur", "Linéaire réduit en proximité", "Croissance de 4 % du marché",
  "Nouveau planogramme proposé en T1", "Taux de service logistique de 98,5 %", "Prix moyen 12 % au-dessus de la marque propre",
  "Ouverture de 12 hypermarchés en 2027", "Données fidélité partagées tardivement", "Budget média concurrent +20 %",
  "Référencement dans les nouveaux magasins", "Valider le planogramme avant le 15 janvier", "Opération -50 % sur le 2e produit",
];
const ROLES = ["influencer", "user", "executive", "decision_maker", "budget_holder"];
const STANCES = ["champion", "ally", "neutral", "detractor"];
const STRENGTHS = ["strong", "good", "weak"];
const STATUSES = ["planned", "in_progress", "done", "blocked", "cancelled"];

function makePlan(i, h) {
  const name = `${h.pick(PREFIXES)} ${h.pick(CORES)} ${h.pick(SUFFIXES)} ${i + 1}`;
  const people = Array.from({ length: h.int(3, 10) }, (_, k) => ({ id: `p${k}`, name: h.pick(PEOPLE) }));
  const objectives = Array.from({ length: h.int(1, 4) }, (_, k) => ({
    id: `obj-${k}`,
    title: `Objectif ${k + 1} : ${h.pick(PHRASES)}`,
    kpis: Array.from({ length: h.int(1, 3) }, (_, m) => ({
      name: `KPI ${m + 1}`, unit: h.pick(["M€", "%", "€"]), baseline: h.int(10, 50), target: h.int(60, 100), current: h.int(30, 80),
      history: [{ period: "2026-Q2", value: h.int(20, 60) }, { period: "2026-Q3", value: h.int(30, 70) }],
    })),
    budget: h.int(10, 300) * 1000,
    challenges: h.some(PHRASES, 1, 3),
  }));
  return {
    plan: 1,
    language: h.pick(["fr", "fr", "en"]),
    period: "2026-Q4",
    currency: "EUR",
    account: {
      name, client_since: h.int(2005, 2024), sector: "Grande distribution",
      main_contact: { name: h.pick(PEOPLE), title: h.pick(TITLES) },
      market: Array.from({ length: h.int(1, 3) }, (_, k) => ({ segment: `Segment ${k + 1}`, value: h.int(1, 40) * 1e6, trend: h.int(-5, 8) / 100 })),
      news: h.some(PHRASES, 0, 3),
      notes: "Renégociation prévue en janvier.",
    },
    team: { owner: { name: "Julien Roux", title: "Key Account Manager" }, members: [{ name: "Inès Haddad" }] },
    objectives,
    stakeholders: people.map((p, k) => ({
      ...p, title: h.pick(TITLES), ...(k > 0 ? { reports_to: `p${h.int(0, k - 1)}` } : {}),
      roles: [h.pick(ROLES)], stance: h.pick(STANCES), relationship: h.pick(STRENGTHS),
    })),
    swot: {
      strengths: h.some(PHRASES, 1, 4), weaknesses: h.some(PHRASES, 1, 4),
      opportunities: h.some(PHRASES, 1, 4), threats: h.some(PHRASES, 1, 4),
    },
    solution: objectives.map((o) => ({
      objective: o.id, support: h.pick(PHRASES),
      offers: [{ name: "Introduction de best-sellers", investment: h.int(10, 50) * 1000, expected_return: h.int(60, 200) * 1000 }],
    })),
    actions: Array.from({ length: h.int(2, 14) }, () => ({
      objective: h.pick(objectives).id, action: h.pick(PHRASES), owner: h.pick(PEOPLE),
      due: `2027-0${h.int(1, 6)}-${String(h.int(10, 28))}`, status: h.pick(STATUSES),
    })),
    followup: {
      next_review: "2027-01-20",
      review: { successes: h.some(PHRASES, 1, 3), obstacles: h.some(PHRASES, 1, 3), opportunities: h.some(PHRASES, 1, 2), decisions: h.some(PHRASES, 1, 2) },
    },
    validation: { status: h.pick(["draft", "sent", "validated"]), validated_by: { name: h.pick(PEOPLE) } },
  };
}

/** Writes `count` plans into `dir` (one region folder per 50 plans); returns their paths. */
export function generatePortfolio(dir, { count, seed = 20261231 }) {
  const h = helpers(mulberry32(seed));
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `region-${Math.floor(i / 50)}`, `account-${String(i).padStart(4, "0")}.yaml`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, stringify(makePlan(i, h)));
    files.push(file);
  }
  writeFileSync(path.join(dir, "portfolio.yaml"), stringify({ currency: "EUR", period: "2026-Q4" }));
  return files;
}
