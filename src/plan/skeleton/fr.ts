// Le squelette français écrit par `kamdeck init --lang fr`. Ses commentaires
// portent les questions de la méthode, section par section ; ses valeurs sont des
// exemples neutres qui valident, pour qu'un premier build fonctionne tout de suite.
import type { SkeletonValues } from "./values.js";

export function skeletonFr(v: SkeletonValues): string {
  return `# Plan de compte ${v.accountComment}, pour kamdeck (format : kamdeck schema).
# Complétion dans l'éditeur : lancez \`kamdeck schema -o plan.schema.json\` à côté de ce
# fichier et mettez "# yaml-language-server: $schema=./plan.schema.json" en première ligne.
# Vérifiez-le à tout moment avec : kamdeck validate ${v.fileName}
plan: 1
language: fr
period: ${v.period}              # le trimestre que la revue couvre
currency: ${v.currency}

# 1. Informations générales : qui est le client, comment achète-t-il, qu'est-ce qui change ?
account:
  name: ${v.account}
  # logo: logos/client.png      # PNG ou JPEG à côté du plan
  sector: Secteur du client
  client_since: ${v.year}
  main_contact:
    name: Contact principal
    title: Directeur des achats
  # Comment les décisions se prennent-elles : calendrier de référencement, comités, appels d'offres ?
  buying_process: Référencement annuel décidé en comité produits ; négociations au quatrième trimestre.
  # Marché : segments, volumes, valeurs et tendances (0.04 = +4 %).
  market:
    - segment: Segment principal
      value: 1000000
      trend: 0.03
  # Actualités : ouvertures, réorganisations, nouveaux interlocuteurs, projets.
  news:
    - Nouveau chef de catégorie nommé ce trimestre
  notes: Les notes internes n'apparaissent jamais dans un support client.

team:
  owner:
    name: Key Account Manager
    title: Key Account Manager

# 2. Les objectifs du client pour les 12 prochains mois.
# Quels sont les objectifs de l'entreprise ? Comment sont-ils mesurés (KPI) ?
# Quel budget y est alloué ? Quels défis le client connaît-il déjà ?
objectives:
  - id: croissance
    title: Augmenter de 10 % les ventes de la gamme principale
    kpis:
      - name: Chiffre d'affaires de la gamme principale
        unit: k€
        baseline: 1000
        target: 1100
        current: 1020
    budget: 50000
    challenges:
      - Concurrence des marques de distributeur
    expected_result: 1,1 M€ de chiffre d'affaires sur 12 mois

# 3. Cartographie des interlocuteurs (INTERNE : jamais dans un support client).
# Qui influence, qui utilise, qui décide, qui paie (roles : influencer, user,
# executive, decision_maker, budget_holder) ? Qui est notre champion, un allié,
# un neutre, un opposant (stance : champion, ally, neutral, detractor) ? La
# relation est-elle forte, bonne ou faible (relationship : strong, good, weak) ?
# Recueillez l'avis de 5 à 10 personnes ; reports_to dessine l'organigramme.
stakeholders:
  - id: dg
    name: Directeur général
    title: Directeur général
    roles: [executive, budget_holder]
    stance: neutral
    relationship: weak
  - id: achats
    name: Contact principal
    title: Directeur des achats
    reports_to: dg
    roles: [decision_maker, budget_holder]
    stance: champion
    relationship: strong
  - id: marketing
    name: Directrice marketing
    title: Directrice marketing
    reports_to: dg
    roles: [influencer]
    stance: neutral
    relationship: good
  - id: categorie
    name: Chef de catégorie
    title: Chef de catégorie
    reports_to: achats
    roles: [user, influencer]
    stance: ally
    relationship: good
  - id: supply
    name: Responsable supply chain
    title: Responsable supply chain
    reports_to: dg
    roles: [user]
    stance: neutral
    relationship: good

# 4. SWOT : nos forces et faiblesses chez ce client, les opportunités et menaces
# de son marché. En option, une grille par facteur (gamme, qualité, marque,
# prix, canaux de distribution, promotions, merchandising).
swot:
  strengths:
    - Taux de service fiable
  weaknesses:
    - Prix supérieur à la marque de distributeur
  opportunities:
    - Ouvertures de magasins prévues l'an prochain
  threats:
    - Montée en gamme de la marque de distributeur

# 5. Solution : comment notre offre soutient-elle chaque objectif ? Le client
# fait-il le meilleur usage de ce qu'il a déjà, et sinon pourquoi ? Que pouvons-
# nous proposer d'autre ? Avec quel retour (ROI = (gain attendu - investissement) / investissement) ?
solution:
  - objective: croissance
    support: Nos meilleures ventes couvrent l'essentiel des ventes du segment.
    usage: Seule une partie de la gamme est référencée ; les meilleures ventes nationales manquent.
    offers:
      - name: Référencement des meilleures ventes nationales
        investment: 20000
        expected_return: 60000
    advice:
      - Organiser le rayon par besoin plutôt que par marque

# 6. Plan d'action : quoi, qui, quand ? (status : planned, in_progress, done, blocked, cancelled)
actions:
  - objective: croissance
    action: Présenter la proposition de référencement des meilleures ventes
    owner: Key Account Manager
    due: ${v.due}
    status: planned
    expected_result: Référencement décidé au prochain comité produits

# 7. Suivi : le rythme des contacts (par défaut : un e-mail toutes les deux
# semaines, un appel de 30 minutes par mois, une revue d'une heure par trimestre)
# et la revue trimestrielle : succès, obstacles, nouvelles opportunités, décisions.
followup:
  cadence:
    - { kind: email, every: 2 weeks }
    - { kind: call, every: 1 month, duration: 30 }
    - { kind: review, every: 1 quarter, duration: 60 }
  next_review: ${v.due}
  review:
    successes:
      - Première promotion livrée dans les délais
    obstacles:
      - Partage tardif des données de sortie de caisse
    opportunities:
      - Référencement dans les nouveaux magasins
    decisions:
      - Valider le nouveau planogramme

# 8. Validation par le client : la méthode demande que le client valide le plan.
# status : draft (brouillon), puis sent (envoyé), puis validated (validé).
validation:
  status: draft
  validated_by:
    name: Contact principal
`;
}
