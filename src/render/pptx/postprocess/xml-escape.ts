// Escaping for the parts kamdeck writes itself: slides, relationships and
// metadata (pptxgenjs leaves the company field unescaped, so metadata is never
// taken from its output). Characters XML forbids are dropped first.
import { cleanXmlText } from "../sanitize.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return cleanXmlText(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
