// Short quarter labels for chart categories: `2026-Q3` reads "T3 2026" in
// French and "Q3 2026" in English; anything else is shown as written.

export function periodLabel(period: string, language: "fr" | "en"): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m) return period;
  return `${language === "fr" ? "T" : "Q"}${m[2]} ${m[1]}`;
}
