// Escaping for the parts kamdeck writes itself: slides, relationships and
// metadata (pptxgenjs leaves the company field unescaped, so metadata is never
// taken from its output). Characters XML forbids are dropped first.
import { cleanXmlText } from "../sanitize.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text with none of these comes back as it is (one scan instead of two replaces). */
const MAYBE_CHANGED = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const SPECIAL = /[&<>"']/;

export function escapeXml(text: string): string {
  if (!MAYBE_CHANGED.test(text)) return text;
  return escapeEntities(cleanXmlText(text));
}

/** The five entities only, for text already clean (run text, see cleanRunText); most has none: one scan. */
export function escapeEntities(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]) : text;
}
