// Semantic slides that push the layouts: many actions, long lists, long words.
import type { ActionRow, ActionsSlide, DeckSlide, SwotSlide } from "../../src/deck/types.js";

const STATUSES = ["planned", "in_progress", "done", "blocked", "cancelled"] as const;
const LABELS = { planned: "Prévue", in_progress: "En cours", done: "Terminée", blocked: "Bloquée", cancelled: "Annulée" };

function action(i: number): ActionRow {
  const status = STATUSES[i % STATUSES.length];
  return {
    action: i % 4 === 0 ? `Action ${i} : déployer le nouveau planogramme dans les magasins de proximité de la région Sud-Ouest` : `Action ${i} du plan`,
    owner: i % 2 ? "Inès Haddad" : "Julien Roux",
    due: `${(i % 28) + 1} déc. 2026`,
    status,
    statusLabel: LABELS[status],
    overdue: i % 7 === 3,
    ...(i % 3 === 0 ? { expectedResult: `+${i} % de ventes par mètre linéaire sur le périmètre` } : {}),
    field: `actions[${i}]`,
  };
}

export function actionsSlide(n: number, groups = 3): ActionsSlide {
  const rows = Array.from({ length: n }, (_, i) => action(i));
  const size = Math.ceil(n / groups);
  return {
    kind: "actions",
    section: "actions",
    title: "Plan d'actions",
    subtitle: `${n} actions`,
    columns: { action: "Action", owner: "Responsable", due: "Échéance", status: "Statut", expected: "Résultat attendu" },
    overdueLabel: "En retard",
    groups: Array.from({ length: groups }, (_, g) => ({ objective: `Objectif ${g + 1} : augmenter les ventes`, rows: rows.slice(g * size, (g + 1) * size) })).filter((g) => g.rows.length),
  };
}

const LONG = "Renforcer la présence de la gamme dans les magasins de proximité grâce à un planogramme dédié";

/** A SWOT with `n` items per quadrant, some long enough to wrap twice. */
export function swotSlide(n: number): SwotSlide {
  const items = (k: string) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `${k} ${i + 1} : ${LONG}` : `${k} ${i + 1}`));
  return {
    kind: "swot",
    section: "swot",
    title: "Analyse SWOT",
    quadrants: [
      { key: "strengths", heading: "Forces", items: items("Force") },
      { key: "weaknesses", heading: "Faiblesses", items: items("Faiblesse") },
      { key: "opportunities", heading: "Opportunités", items: items("Opportunité") },
      { key: "threats", heading: "Menaces", items: items("Menace") },
    ],
  };
}

const EDGE = "Référencement des best-sellers dans les 12 nouveaux hypermarchés du Sud-Ouest avec un planogramme dédié et une animation en magasin";
const many = (n: number, s = EDGE) => Array.from({ length: n }, (_, i) => `${i + 1}. ${s}`);

/** One slide per kind with everything too long or too many. */
export const edgeSlides: Record<string, DeckSlide> = {
  cover: { kind: "cover", section: "cover", title: "x", account: "Groupement des Coopératives Agricoles et Distributeurs Indépendants du Grand Sud-Ouest", headline: "Revue trimestrielle T4 2026", preparedFor: "Préparé pour Groupement des Coopératives Agricoles et Distributeurs Indépendants", manager: { name: "Julien Roux", title: "Key Account Manager Grands Comptes Distribution Sélective", email: "julien.roux@fournisseur.example" }, date: "26 nov. 2026" },
  agenda: { kind: "agenda", section: "agenda", title: "Ordre du jour", items: many(14, "Section au titre long pour voir comment la ligne se comporte") },
  account: {
    kind: "account",
    section: "account",
    title: "Informations générales",
    subtitle: EDGE + " " + EDGE,
    facts: Array.from({ length: 9 }, (_, i) => ({ label: `Fait ${i}`, value: EDGE })),
    buyingProcess: EDGE.repeat(6),
    news: many(12),
    market: { columns: ["Segment", "Volume", "Valeur", "Tendance"], rows: Array.from({ length: 6 }, (_, i) => ({ cells: [`Segment ${i} ${EDGE.slice(0, 40)}`, "1 200 000 unités", "38 M€", i % 2 ? "-2 %" : "+4 %"], trend: i % 2 ? ("down" as const) : ("up" as const) })) },
    internalNote: EDGE.repeat(5),
  },
  review: { kind: "review", section: "review", title: "Revue trimestrielle T4 2026", panels: (["successes", "obstacles", "opportunities", "decisions"] as const).map((key) => ({ key, heading: key, items: many(10) })) },
  custom: { kind: "custom", section: "custom", title: "Calendrier", bullets: many(3, "Un point"), table: { columns: ["Temps fort", "Mois", "Magasins", "Budget (€)"], rows: Array.from({ length: 40 }, (_, i) => [`Salon ${i}`, "Mars", String(100 + i), "15 000"]), numeric: [false, false, true, true] } },
  swotGrid: { kind: "swot-grid", section: "swot", title: "SWOT par facteur", columns: ["Facteur", "Forces", "Faiblesses", "Opportunités", "Menaces"], rows: Array.from({ length: 18 }, (_, i) => [`Facteur ${i}`, EDGE, "", EDGE.slice(0, 30), ""]) },
  emptyish: { kind: "custom", section: "custom", title: "Section vide", bullets: [] },
};

