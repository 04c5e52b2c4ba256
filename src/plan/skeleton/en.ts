// The English skeleton written by `kamdeck init --lang en`. Its comments carry
// the method's guiding questions, section by section; its values are neutral
// placeholders that validate, so a first build works before anything is filled in.
import type { SkeletonValues } from "./values.js";

export function skeletonEn(v: SkeletonValues): string {
  return `# Account plan for ${v.accountComment}, written for kamdeck (format: kamdeck schema).
# Editor completion: run \`kamdeck schema -o plan.schema.json\` beside this file and
# make "# yaml-language-server: $schema=./plan.schema.json" the first line.
# Check it at any time with: kamdeck validate ${v.fileName}
plan: 1
language: en
period: ${v.period}              # the quarter the deck reviews
currency: ${v.currency}

# 1. General information: who is the client, how do they buy, what is changing?
account:
  name: ${v.account}
  # logo: logos/client.png      # PNG or JPEG beside the plan
  sector: Sector of the client
  client_since: ${v.year}
  main_contact:
    name: Main Contact
    title: Purchasing director
  # How are decisions made: listing calendar, committees, tenders, negotiations?
  buying_process: Annual listing decided by the category committee; negotiations in Q4.
  # Market: segments, volumes, values and trends (0.04 = +4 %).
  market:
    - segment: Main segment
      value: 1000000
      trend: 0.03
  # News: openings, reorganisations, new people, projects.
  news:
    - New category manager appointed this quarter
  notes: Internal notes never appear in a client deck.

team:
  owner:
    name: Key Account Manager
    title: Key Account Manager

# 2. The client's objectives for the next 12 months.
# What are the company's goals? How are they measured (KPIs)? What budget is
# allocated? What challenges does the client already know about?
objectives:
  - id: growth
    title: Grow sales of the main range by 10 %
    kpis:
      - name: Revenue of the main range
        unit: k${v.currency}
        baseline: 1000
        target: 1100
        current: 1020
    budget: 50000
    challenges:
      - Private-label competition
    expected_result: 1.1 M ${v.currency} of revenue over the next 12 months

# 3. Stakeholder map (INTERNAL ONLY: never in a client deck).
# Who influences, who uses, who decides, who pays (roles: influencer, user,
# executive, decision_maker, budget_holder)? Who is our champion, an ally,
# neutral, a detractor (stance)? Is our relationship strong, good or weak?
# Take the advice of 5 to 10 people; reports_to draws the org chart.
stakeholders:
  - id: ceo
    name: Chief Executive
    title: Chief executive officer
    roles: [executive, budget_holder]
    stance: neutral
    relationship: weak
  - id: buyer
    name: Main Contact
    title: Purchasing director
    reports_to: ceo
    roles: [decision_maker, budget_holder]
    stance: champion
    relationship: strong
  - id: marketing
    name: Marketing Director
    title: Marketing director
    reports_to: ceo
    roles: [influencer]
    stance: neutral
    relationship: good
  - id: category
    name: Category Manager
    title: Category manager
    reports_to: buyer
    roles: [user, influencer]
    stance: ally
    relationship: good
  - id: supply
    name: Supply Chain Manager
    title: Supply chain manager
    reports_to: ceo
    roles: [user]
    stance: neutral
    relationship: good

# 4. SWOT: our strengths and weaknesses at this client, the opportunities and
# threats of its market. Optionally a grid by factor (range, quality, brand,
# price, channels, promotions, merchandising).
swot:
  strengths:
    - Reliable service level
  weaknesses:
    - Higher price than the private label
  opportunities:
    - Store openings planned next year
  threats:
    - Private label moving up-market

# 5. Solution: how does our offer support each objective? Does the client make
# the best use of what it already has, and if not, why? What else could we
# offer? With what return (ROI = (expected_return - investment) / investment)?
solution:
  - objective: growth
    support: Our best-sellers cover most of the segment's sales.
    usage: Only part of the range is listed; the national best-sellers are missing.
    offers:
      - name: Listing of the national best-sellers
        investment: 20000
        expected_return: 60000
    advice:
      - Organise the shelf by consumer need rather than by brand

# 6. Action plan: what, who, when? (status: planned, in_progress, done, blocked, cancelled)
actions:
  - objective: growth
    action: Present the best-seller listing proposal
    owner: Key Account Manager
    due: ${v.due}
    status: planned
    expected_result: Listing decided at the next category committee

# 7. Follow-up: the rhythm of contacts (default: an e-mail every two weeks, a
# 30-minute call every month, a one-hour review every quarter) and the
# quarterly review: successes, obstacles, new opportunities, decisions needed.
followup:
  cadence:
    - { kind: email, every: 2 weeks }
    - { kind: call, every: 1 month, duration: 30 }
    - { kind: review, every: 1 quarter, duration: 60 }
  next_review: ${v.due}
  review:
    successes:
      - First promotion delivered on time
    obstacles:
      - Late sharing of sell-out data
    opportunities:
      - Listing in the new stores
    decisions:
      - Agree on the new shelf plan

# 8. Validation by the client: the method asks the client to validate the plan.
# status: draft, then sent, then validated.
validation:
  status: draft
  validated_by:
    name: Main Contact
`;
}
