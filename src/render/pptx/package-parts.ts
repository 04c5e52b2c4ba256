// What pptxgenjs still writes: the package around the slides (presentation,
// master, layout, theme, properties, content types) and the native charts
// (chart part and embedded workbook). It is handed empty slides, plus each
// chart on the slide that shows it, so the package lists the same parts in the
// same order as when it wrote the slides too; the slides themselves and their
// relationships are written by kamdeck (slide-xml.ts) and replace its own.
import type { DeckLayout } from "../../layout/types.js";
import { addPptxgenChart } from "./chart.js";
import type { ChartRequest } from "./context.js";
import { escapeXml } from "./postprocess/xml-escape.js";
import type { Parts } from "./postprocess/parts.js";
import { PptxGen } from "./pptxgen.js";
import { writeParts } from "./write-parts.js";

const LAYOUT_NAME = "KAMDECK";

export async function pptxgenParts(layout: DeckLayout, charts: ChartRequest[]): Promise<Parts> {
  const pptx = new PptxGen();
  pptx.defineLayout({ name: LAYOUT_NAME, width: layout.width, height: layout.height });
  pptx.layout = LAYOUT_NAME;
  // Text typed later in PowerPoint gets the deck's font rather than the Office default.
  const face = escapeXml(layout.fonts.face);
  pptx.theme = { headFontFace: face, bodyFontFace: face };
  const slides = layout.slides.map(() => pptx.addSlide());
  for (const chart of charts) addPptxgenChart(pptx, slides[chart.slideIndex], chart.primitive, layout.meta.language);
  return writeParts(pptx);
}
