// The one check of a laid-out deck for text no font of the theme can draw: text
// boxes, table cells and chart labels alike, so nothing reaches the PDF as empty
// boxes. layoutDeck runs it once per slide and throws the error it returns.
import type { FontStack, FontStyle } from "../../fonts/index.js";
import type { Paragraph, Primitive, SlideLayout } from "../types.js";
import { MissingCharactersError } from "./missing-characters.js";

/** Fields the slide frame gives its title and subtitle: words, not YAML paths. */
const FRAME_FIELDS = new Set(["title", "subtitle"]);

/** The first text of the slides no font of the stack can draw, as the error to throw; undefined when all can be drawn. */
export function findUndrawableText(stack: FontStack, slides: readonly SlideLayout[]): MissingCharactersError | undefined {
  for (const slide of slides) {
    for (const p of slide.primitives) {
      const found = undrawableIn(stack, p);
      if (found) return new MissingCharactersError(found.field ?? onSlide(p, slide), [...found.missing]);
    }
  }
  return undefined;
}

interface Found {
  missing: readonly string[];
  /** The plan field, when the primitive or table cell names one. */
  field?: string;
}

function undrawableIn(stack: FontStack, p: Primitive): Found | undefined {
  switch (p.type) {
    case "text": {
      const missing = missingIn(stack, paragraphsText(p.paragraphs), { bold: p.style.bold, italic: p.style.italic });
      return missing.length ? { missing, field: p.field && !FRAME_FIELDS.has(p.field) ? p.field : undefined } : undefined;
    }
    case "table":
      for (const row of p.rows) {
        for (const cell of row.cells) {
          const missing = missingIn(stack, paragraphsText(cell.paragraphs), { bold: cell.bold || row.header });
          if (missing.length) return { missing, field: cell.field };
        }
      }
      return undefined;
    case "chart": {
      const missing = missingIn(stack, [p.title ?? "", ...p.categories, ...p.series.map((s) => s.name)].join(" "));
      if (missing.length) return { missing };
      for (const v of p.vector) {
        const found = undrawableIn(stack, v);
        if (found) return found;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

const NONE: readonly string[] = [];

/**
 * The laid-out texts are new strings (lines joined back), asked about once: checked
 * character by character without going through the stack's memo, which they would
 * only fill with entries nobody asks for again. missing() only when one may be missing.
 */
function missingIn(stack: FontStack, text: string, style?: FontStyle): readonly string[] {
  return stack.canDrawAll(text, style) ? NONE : stack.missing(text, style);
}

/** Which slide (and which part of its frame) holds text that names no plan field. */
function onSlide(p: Primitive, slide: SlideLayout): string {
  const where = `the ${slide.kind} slide "${slide.title}"`;
  const role = p.type === "text" ? p.role : undefined;
  return role === "title" || role === "subtitle" || role === "footer" ? `the ${role} of ${where}` : where;
}

function paragraphsText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((para) => para.lines.map((line) => line.map((run) => run.text).join("")).join(" ")).join(" ");
}
