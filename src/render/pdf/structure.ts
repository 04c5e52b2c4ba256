// The tagged-PDF structure: Document > Sect per slide > H1 (title) then P (body
// texts) in primitive order; shapes, rules and footers are artifacts so screen
// readers and text extraction skip them.
import type { PdfDoc } from "./context.js";
import type { TextPrimitive } from "../../layout/types.js";
import { plainString } from "./plain-string.js";

type StructElement = ReturnType<PdfDoc["struct"]>;

export interface PdfTagger {
  /** Opens the section of a new slide. */
  beginSlide(doc: PdfDoc, title: string): void;
  /** Marks the drawing done in `draw` as the content of a text element. */
  text(doc: PdfDoc, role: TextPrimitive["role"], draw: () => void): void;
  /** An image: a Figure with its alternative text, or decoration when it has none. */
  figure(doc: PdfDoc, alt: string | undefined, draw: () => void): void;
  /** Marks the drawing done in `draw` as decoration. */
  artifact(doc: PdfDoc, draw: () => void): void;
  /** Attaches the slide's elements in reading order: title first, then the rest. */
  endSlide(doc: PdfDoc): void;
}

function tagOf(role: TextPrimitive["role"]): string {
  if (role === "title") return "H1";
  if (role === "subtitle") return "H2";
  if (role === "caption") return "Caption";
  return "P";
}

function artifact(doc: PdfDoc, draw: () => void, type: "Layout" | "Pagination"): void {
  doc.markContent("Artifact", { type });
  draw();
  doc.endMarkedContent();
}

export function createTagger(doc: PdfDoc): PdfTagger {
  const root = doc.struct("Document");
  doc.addStructure(root);
  let section: StructElement | undefined;
  let titles: StructElement[] = [];
  let body: StructElement[] = [];
  return {
    beginSlide(d, title) {
      section = d.struct("Sect", { title: plainString(title) });
      titles = [];
      body = [];
    },
    text(d, role, draw) {
      if (role === "footer") return artifact(d, draw, "Pagination");
      const tag = tagOf(role);
      const content = d.markStructureContent(tag);
      draw();
      d.endMarkedContent();
      (role === "title" ? titles : body).push(d.struct(tag, {}, [content]));
    },
    figure(d, alt, draw) {
      if (!alt) return artifact(d, draw, "Layout");
      const content = d.markStructureContent("Figure");
      draw();
      d.endMarkedContent();
      body.push(d.struct("Figure", { alt: plainString(alt) }, [content]));
    },
    artifact(d, draw) {
      artifact(d, draw, "Layout");
    },
    endSlide() {
      if (!section) return;
      for (const el of [...titles, ...body]) section.add(el);
      root.add(section);
      section.end();
      section = undefined;
    },
  };
}
