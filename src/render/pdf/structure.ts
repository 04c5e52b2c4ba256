// The tagged-PDF structure: Document > Sect per slide > H1 (title) then P (body
// texts) in primitive order; shapes, rules and footers are artifacts so screen
// readers and text extraction skip them.
//
// A deck marks ~480 contents and ~360 structure elements. pdfkit's
// markContent serialises a dictionary per mark, and each PDFStructureElement
// walks its children to decide when it can be written; profiled, that was a
// tenth of the PDF render. The marks here are the very operators pdfkit
// writes, made from strings, and a slide's texts are written as pdfkit writes
// them (same object ids, same order, same keys) without its bookkeeping. The
// slide's section and the document root stay pdfkit's. Whenever a mark would
// open inside another (never, in a deck) pdfkit does the marking.
import type { PdfDoc } from "./context.js";
import type { TextPrimitive } from "../../layout/types.js";
import { plainString } from "./plain-string.js";
import { writeKnownObject } from "./fast-writes.js";

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

/** The pdfkit 0.20.2 internals the marks and leaves use. */
interface RefInternals {
  data: Record<string, unknown>;
  end(): void;
}
interface MarkingsInternals {
  page: { markings: Array<{ tag: string; options?: unknown; structContent?: unknown }>; structParentTreeKey: number; dictionary: RefInternals };
  _root: { data: { StructTreeRoot: { data: { ParentTree: { get(key: number): Array<RefInternals | null> } } } } };
  ref(data: Record<string, unknown>): RefInternals;
  addContent(op: string): unknown;
}

/** A structure element whose content is one marked sequence on one page. */
interface Leaf {
  ref: RefInternals;
  mcid: number;
  page: RefInternals;
}

function tagOf(role: TextPrimitive["role"]): string {
  if (role === "title") return "H1";
  if (role === "subtitle") return "H2";
  if (role === "caption") return "Caption";
  return "P";
}

/** What pdfkit's markContent("Artifact", { type }) writes. */
const ARTIFACT_OPS = { Layout: "/Artifact <<\n/Type /Layout\n>> BDC", Pagination: "/Artifact <<\n/Type /Pagination\n>> BDC" };

function artifact(doc: PdfDoc, draw: () => void, type: "Layout" | "Pagination"): void {
  const d = doc as unknown as MarkingsInternals;
  const markings = d.page.markings;
  if (markings.length > 0) doc.markContent("Artifact", { type });
  else {
    markings.push({ tag: "Artifact", options: { type } });
    d.addContent(ARTIFACT_OPS[type]);
  }
  draw();
  doc.endMarkedContent();
}

/** pdfkit's markStructureContent(tag); returns the mark's id on the page. */
function markStructure(doc: PdfDoc, tag: string): number {
  const d = doc as unknown as MarkingsInternals;
  const page = d.page;
  if (page.markings.length > 0) {
    const content = doc.markStructureContent(tag) as unknown as { refs: Array<{ mcid: number }> };
    return content.refs[0].mcid;
  }
  const parents = d._root.data.StructTreeRoot.data.ParentTree.get(page.structParentTreeKey);
  const mcid = parents.length;
  parents.push(null);
  page.markings.push({ tag, options: { mcid }, structContent: true });
  d.addContent(`/${tag} <<\n/MCID ${mcid}\n>> BDC`);
  return mcid;
}

/**
 * The element of a content marked `mcid` on the current page, as
 * doc.struct(tag, options, [content]) makes it: its object is allocated now,
 * and its page's parent tree entry points at it.
 */
function leafOf(doc: PdfDoc, data: Record<string, unknown>, mcid: number): Leaf {
  const d = doc as unknown as MarkingsInternals;
  const ref = d.ref(data);
  const page = d.page;
  d._root.data.StructTreeRoot.data.ParentTree.get(page.structParentTreeKey)[mcid] = ref;
  return { ref, mcid, page: page.dictionary };
}

export function createTagger(doc: PdfDoc): PdfTagger {
  const root = doc.struct("Document");
  doc.addStructure(root);
  // pdfkit's structure element class: a leaf joins its section as one of them, already written.
  const elementProto = Object.getPrototypeOf(root) as object;
  let section: StructElement | undefined;
  let titles: Leaf[] = [];
  let body: Leaf[] = [];
  const marked = (d: PdfDoc, tag: string, extra: Record<string, unknown>, draw: () => void): Leaf => {
    const mcid = markStructure(d, tag);
    draw();
    d.endMarkedContent();
    return leafOf(d, { S: tag, ...extra }, mcid);
  };
  /** What section.add(doc.struct(...)) does for a one-content element: parent set, then written. */
  const attach = (leaf: Leaf) => {
    const element = Object.assign(Object.create(elementProto) as StructElement, {
      document: doc,
      dictionary: leaf.ref,
      _attached: false,
      _ended: true,
      _flushed: true,
      _children: [],
    });
    section!.add(element);
    const data = leaf.ref.data;
    data.K = [leaf.mcid];
    data.Pg = leaf.page;
    // A text's element is { S, P, K, Pg }: its syntax written straight, as object-syntax.ts would.
    const plain = !("Alt" in data);
    if (!plain || !writeKnownObject(leaf.ref, `<<\n/S /${data.S as string}\n/P ${String(data.P)}\n/K [${leaf.mcid}]\n/Pg ${String(leaf.page)}\n>>`)) leaf.ref.end();
    data.K = null;
  };
  return {
    beginSlide(d, title) {
      section = d.struct("Sect", { title: plainString(title) });
      titles = [];
      body = [];
    },
    text(d, role, draw) {
      if (role === "footer") return artifact(d, draw, "Pagination");
      const tag = tagOf(role);
      (role === "title" ? titles : body).push(marked(d, tag, {}, draw));
    },
    figure(d, alt, draw) {
      if (!alt) return artifact(d, draw, "Layout");
      const text = plainString(alt);
      body.push(marked(d, "Figure", text ? { Alt: new String(text) } : {}, draw));
    },
    artifact(d, draw) {
      artifact(d, draw, "Layout");
    },
    endSlide() {
      if (!section) return;
      for (const leaf of titles) attach(leaf);
      for (const leaf of body) attach(leaf);
      root.add(section);
      section.end();
      section = undefined;
    },
  };
}
