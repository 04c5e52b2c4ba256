// What pptxgenjs still writes: the package around the slides (presentation,
// master, layout, theme, properties, content types) and the native charts
// (chart part and embedded workbook). It is handed empty slides, plus each
// chart on the slide that shows it, so the package lists the same parts in the
// same order as when it wrote the slides too; the slides themselves and their
// relationships are written by kamdeck (slide-xml.ts).
//
// Both are remembered: the skeleton depends only on the slide size, the theme
// font and where the charts sit, and a chart part only on the chart and the
// deck's metadata (its workbook carries the deck's properties). The internal
// and client decks of a plan, and most decks of a portfolio, share them, and
// pptxgenjs is not called at all when everything is known. Remembered parts
// are the same string and byte objects every time, which the deflate memo
// recognises at once.
import type { DeckLayout, DeckMeta } from "../../layout/types.js";
import { addPptxgenChart } from "./chart.js";
import type { ChartRequest } from "./context.js";
import { renumberCharts } from "./postprocess/chart-numbering.js";
import { normalizeWorkbook } from "./postprocess/embedded-workbook.js";
import { escapeXml } from "./postprocess/xml-escape.js";
import type { Parts } from "./postprocess/parts.js";
import { PptxGen } from "./pptxgen.js";
import { writeParts } from "./write-parts.js";

const LAYOUT_NAME = "KAMDECK";
/** Distinct slide sizes, fonts and chart placements in one batch are few. */
const MAX_SKELETONS = 32;
const MAX_CHARTS = 512;

/** One chart's parts, without its number (given by its place in the deck). */
interface ChartParts {
  chart: string;
  /** The chart's relationships, `{n}` standing for its number. */
  rels: string;
  workbook: Uint8Array;
}

const skeletons = new Map<string, Parts>();
const chartParts = new Map<string, ChartParts>();

/** Parts pptxgenjs writes that are not the skeleton: kamdeck writes them, or they are per chart. */
const NOT_SKELETON = /^(?:ppt\/(?:slides|notesSlides|charts|embeddings)\/|docProps\/(?:core|app)\.xml$)/;
const CHART_PARTS = /^ppt\/(?:charts\/chart|charts\/_rels\/chart|embeddings\/Microsoft_Excel_Worksheet)(\d+)\./;

/**
 * The package pptxgenjs would write for this deck without its slides: skeleton
 * and charts, charts numbered 1..n in deck order, workbooks pinned.
 */
export async function packageParts(layout: DeckLayout, charts: ChartRequest[]): Promise<Parts> {
  const skeletonKey = JSON.stringify([layout.width, layout.height, layout.fonts.face, layout.slides.length, charts.map((c) => c.slideIndex)]);
  const chartKeys = charts.map((c) => chartKey(c, layout.meta));
  const skeleton = skeletons.get(skeletonKey);
  const known = chartKeys.map((key) => chartParts.get(key));
  if (skeleton && known.every((c) => c !== undefined)) return assemble(skeleton, known as ChartParts[]);
  const parts = await pptxgenParts(layout, charts);
  renumberCharts(parts);
  for (const [name, bytes] of parts) {
    if (name.startsWith("ppt/embeddings/") && name.endsWith(".xlsx")) parts.set(name, normalizeWorkbook(bytes as Uint8Array, layout.meta));
  }
  remember(skeletons, skeletonKey, new Map([...parts].filter(([name]) => !NOT_SKELETON.test(name))), MAX_SKELETONS);
  chartKeys.forEach((key, i) => remember(chartParts, key, chartPartsOf(parts, i + 1), MAX_CHARTS));
  return assemble(skeletons.get(skeletonKey)!, chartKeys.map((key) => chartParts.get(key)!));
}

function assemble(skeleton: Parts, charts: ChartParts[]): Parts {
  const parts: Parts = new Map(skeleton);
  charts.forEach((c, i) => {
    const n = i + 1;
    parts.set(`ppt/charts/chart${n}.xml`, c.chart);
    parts.set(`ppt/charts/_rels/chart${n}.xml.rels`, c.rels.replace("{n}", String(n)));
    parts.set(`ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`, c.workbook);
  });
  return parts;
}

function chartPartsOf(parts: Parts, n: number): ChartParts {
  const rels = parts.get(`ppt/charts/_rels/chart${n}.xml.rels`) as string;
  const number = `Microsoft_Excel_Worksheet${n}.xlsx`;
  if (!rels.includes(number) || [...parts.keys()].some((name) => CHART_PARTS.exec(name)?.[1] === String(n) && !isChartPart(name, n))) {
    throw new Error(`unexpected parts for chart ${n}`);
  }
  return {
    chart: parts.get(`ppt/charts/chart${n}.xml`) as string,
    rels: rels.replace(number, "Microsoft_Excel_Worksheet{n}.xlsx"),
    workbook: parts.get(`ppt/embeddings/${number}`) as Uint8Array,
  };
}

function isChartPart(name: string, n: number): boolean {
  return [`ppt/charts/chart${n}.xml`, `ppt/charts/_rels/chart${n}.xml.rels`, `ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`].includes(name);
}

/** Everything the chart's parts are made from (its drawing copy for the PDF aside). */
function chartKey(request: ChartRequest, meta: DeckMeta): string {
  const { vector: _vector, ...chart } = request.primitive;
  return JSON.stringify([chart, meta]);
}

function remember<T>(cache: Map<string, T>, key: string, value: T, max: number): void {
  if (cache.has(key)) return;
  if (cache.size >= max) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}

async function pptxgenParts(layout: DeckLayout, charts: ChartRequest[]): Promise<Parts> {
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
