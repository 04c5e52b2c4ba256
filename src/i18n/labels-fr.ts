// French deck words. Counts take a plural from 2 on (French treats 0 and 1 as singular).
// French typography puts a no-break space before ":" and a narrow one before ";",
// so the sign never starts a line on its own.
import type { Labels } from "./labels.js";

const plural = (n: number, one: string, many: string): string => `${n} ${n >= 2 ? many : one}`;

const UNIT: Record<string, { one: string; many: string; feminine: boolean; each: string }> = {
  day: { one: "jour", many: "jours", feminine: false, each: "Chaque jour" },
  week: { one: "semaine", many: "semaines", feminine: true, each: "Chaque semaine" },
  month: { one: "mois", many: "mois", feminine: false, each: "Chaque mois" },
  quarter: { one: "trimestre", many: "trimestres", feminine: false, each: "Chaque trimestre" },
  year: { one: "an", many: "ans", feminine: false, each: "Chaque année" },
};

export const fr: Labels = {
  sections: {
    account: "Informations générales",
    objectives: "Objectifs du client",
    stakeholders: "Cartographie des interlocuteurs",
    swot: "Analyse SWOT",
    solution: "Notre solution",
    actions: "Plan d'actions",
    followup: "Suivi du compte",
    validation: "Validation du plan",
    review: "Revue trimestrielle",
  },
  cover: {
    headline: (period) => `Revue trimestrielle ${period}`,
    preparedFor: (account) => `Préparé pour ${account}`,
  },
  agendaTitle: "Ordre du jour",
  confidentialMark: "Confidentiel - usage interne",
  account: {
    title: "Informations générales",
    mainContact: "Contact principal",
    clientSince: "Client depuis",
    sector: "Secteur",
    manager: "Key account manager",
    team: "Équipe",
    buyingProcess: "Processus d'achat",
    news: "Actualités",
    market: { segment: "Segment", volume: "Volume", value: "Valeur", trend: "Tendance" },
    internalNote: "Note interne",
    subtitle: ({ since, sector }) => [since && `Client depuis ${since}`, sector].filter(Boolean).join(" · ") || undefined,
  },
  objective: {
    baseline: "Départ",
    target: "Cible",
    current: "Actuel",
    budget: "Budget",
    expectedResult: "Résultat attendu",
    challenges: "Enjeux",
    progress: ({ kpi, current, percent, target }) => `${kpi} à ${current}, ${percent} du chemin vers l'objectif de ${target}`,
    reached: ({ kpi, current, target }) => `${kpi} à ${current}, objectif de ${target} atteint`,
    behind: ({ kpi, current, baseline }) => `${kpi} à ${current}, en recul par rapport au point de départ (${baseline})`,
  },
  stakeholders: {
    mapTitle: "Cartographie des interlocuteurs",
    tableTitle: "Interlocuteurs\u00a0: rôles et relation",
    roles: {
      influencer: "Influenceur",
      user: "Utilisateur",
      executive: "Dirigeant",
      decision_maker: "Décideur",
      budget_holder: "Détenteur du budget",
    },
    stances: { champion: "Champion", ally: "Allié", neutral: "Neutre", detractor: "Détracteur" },
    relationships: { strong: "Forte", good: "Bonne", weak: "Faible" },
    legend: "Relation",
    columns: { name: "Nom", title: "Fonction", roles: "Rôles", stance: "Position", relationship: "Relation", notes: "Notes" },
    subtitle: ({ supporters, detractors, weak }) =>
      `${plural(supporters, "champion ou allié", "champions et alliés")}, ${plural(detractors, "détracteur", "détracteurs")}\u202f; ` +
      plural(weak, "relation faible", "relations faibles"),
  },
  swot: {
    title: "Analyse SWOT",
    gridTitle: "SWOT par facteur",
    headings: { strengths: "Forces", weaknesses: "Faiblesses", opportunities: "Opportunités", threats: "Menaces" },
    factor: "Facteur",
    subtitle: (c) =>
      `${plural(c.strengths, "force", "forces")}, ${plural(c.weaknesses, "faiblesse", "faiblesses")}, ` +
      `${plural(c.opportunities, "opportunité", "opportunités")}, ${plural(c.threats, "menace", "menaces")}`,
    gridSubtitle: (n) => `${plural(n, "facteur analysé", "facteurs analysés")}`,
  },
  solution: {
    support: "Notre apport",
    usage: "Utilisation actuelle",
    offers: "Offres",
    advice: "Nos conseils",
    columns: { offer: "Offre", investment: "Investissement", expectedReturn: "Retour attendu", roi: "ROI" },
    subtitle: ({ roi, investment }) => `ROI attendu de ${roi} sur ${investment} investis`,
  },
  actions: {
    title: "Plan d'actions",
    columns: { action: "Action", owner: "Responsable", due: "Échéance", status: "Statut", expected: "Résultat attendu" },
    statuses: { planned: "Prévue", in_progress: "En cours", done: "Terminée", blocked: "Bloquée", cancelled: "Annulée" },
    overdue: "En retard",
    otherActions: "Autres actions",
    subtitle: ({ onTrack, total, blocked }) =>
      `${onTrack} ${total >= 2 ? "actions" : "action"} sur ${total} en bonne voie` +
      (blocked > 0 ? `, ${plural(blocked, "bloquée", "bloquées")}` : ""),
  },
  review: {
    title: "Revue trimestrielle",
    headings: { successes: "Réussites", obstacles: "Obstacles", opportunities: "Nouvelles opportunités", decisions: "Décisions à prendre" },
    subtitle: (n) => (n === 0 ? "Aucune décision à prendre" : plural(n, "décision à prendre", "décisions à prendre")),
  },
  followup: {
    title: "Suivi du compte",
    kinds: { email: "E-mail", call: "Appel", meeting: "Réunion", review: "Revue", visit: "Visite", report: "Rapport" },
    every: (n, unit) => {
      const u = UNIT[unit];
      if (n === 1) return u.each;
      return `${u.feminine ? "Toutes" : "Tous"} les ${n} ${u.many}`;
    },
    duration: (minutes) => (minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60}` : ""}`),
    nextReview: "Prochaine revue",
    rhythm: "Rythme",
    nextDates: "Prochaines dates",
    subtitle: (date) => `Prochaine revue le ${date}`,
  },
  validation: {
    title: "Validation du plan",
    statuses: { draft: "Brouillon", sent: "Envoyé pour validation", validated: "Validé", pending: "À valider" },
    status: "Statut",
    validatedBy: "Validé par",
    date: "Date",
    comments: "Commentaires",
    objective: (title) => `Objectif\u00a0: ${title}`,
    actionPlan: (n) => `Plan d'actions (${plural(n, "action", "actions")})`,
    signature: ["Nom", "Fonction", "Date", "Signature"],
    subtitle: (status) =>
      status === "validated" ? "Objectifs et plan d'actions validés" : "Nous vous demandons de valider les objectifs et le plan d'actions",
  },
};
