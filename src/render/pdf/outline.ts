// One bookmark per section of the deck, pointing at the section's first page.
import type { SlideLayout } from "../../layout/types.js";
import type { PdfDoc } from "./context.js";
import { plainString } from "./plain-string.js";

/** Call right after the slide's page was added: the bookmark targets the current page. */
export function addBookmark(doc: PdfDoc, slide: SlideLayout): void {
  if (slide.bookmark) doc.outline.addItem(plainString(slide.bookmark));
}
