// Escaping for the parts post-processing writes itself (pptxgenjs leaves the
// company field unescaped, so metadata is never taken from its output).
import { cleanXmlText } from "../sanitize.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return cleanXmlText(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
