// Per-page text of a PDF, for parity tests (PDF against the IR, later PDF against PPTX).
// Uses pdfjs-dist's legacy build, which runs on Node without a DOM or a worker file.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PageText {
  /** Text items in content-stream order, joined; line ends become spaces. */
  text: string;
  /** Each text item as drawn (one per font run). */
  items: string[];
}

export async function extractPdfText(bytes: Uint8Array): Promise<PageText[]> {
  // pdfjs takes ownership of (detaches) the buffer it gets, so give it a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => ("str" in item ? [item.str] : []));
      pages.push({ items, text: items.join(" ").replace(/\s+/g, " ").trim() });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Collapses whitespace so texts split into runs compare with texts written whole. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}

/** A text item with its origin in the IR's frame: points from the page's top-left corner, y at the baseline. */
export interface PlacedItem {
  text: string;
  x: number;
  baseline: number;
  width: number;
}

export async function extractPlacedItems(bytes: Uint8Array): Promise<PlacedItem[][]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: PlacedItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const height = page.view[3] - page.view[1];
      const content = await page.getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          "str" in item && item.str !== "" ? [{ text: item.str, x: item.transform[4], baseline: height - item.transform[5], width: item.width }] : [],
        ),
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
