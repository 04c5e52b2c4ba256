// The few words the method slides' layout adds on its own (markers that exist
// only because of geometry, such as a continuation or a legend's headings).
// Everything the plan says arrives already worded in the semantic slide.

export interface MethodWords {
  continued: string;
  targetExceeded: string;
  stance: string;
  relationship: string;
  nextReview: string;
  toValidate: string;
  comments: string;
  signatures: string;
  noKpi: string;
  objective: string;
}

const WORDS: Record<"fr" | "en", MethodWords> = {
  fr: { continued: "(suite)", targetExceeded: "objectif dépassé", stance: "Position", relationship: "Relation", nextReview: "Prochaine revue", toValidate: "Soumis à votre validation", comments: "Commentaires", signatures: "Bon pour accord", noKpi: "Aucun indicateur n'est encore défini pour cet objectif.", objective: "Objectif" },
  en: { continued: "(continued)", targetExceeded: "target exceeded", stance: "Stance", relationship: "Relationship", nextReview: "Next review", toValidate: "For your validation", comments: "Comments", signatures: "Approved by", noKpi: "No KPI is set for this objective yet.", objective: "Objective" },
};

export function methodWords(language: "fr" | "en"): MethodWords {
  return WORDS[language] ?? WORDS.en;
}

/** Title of the n-th page (0-based) of a slide split over several pages. */
export function pageTitle(title: string, page: number, language: "fr" | "en"): string {
  return page === 0 ? title : `${title} ${methodWords(language).continued}`;
}

/** "Cible : 2,0 M€" in French (narrow space before the colon), "Target: 2.0" in English. */
export function withColon(label: string, language: "fr" | "en"): string {
  return language === "fr" ? `${label}\u00A0:` : `${label}:`;
}
