// Semantic slides that push the layouts: many actions, long lists, long words.
import type { ActionRow, ActionsSlide, SwotSlide } from "../../src/deck/types.js";

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
