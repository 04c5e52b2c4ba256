// What pptxgenjs still writes: the package around the slides (presentation,
// master, layout, theme, properties, content types) and the native charts
// (chart part and embedded workbook). It is handed empty slides, plus each
// chart on the slide that shows it, so the package lists the same parts in the
// same order as when it wrote the slides too; the slides themselves and their
// relationships are written by kamdeck (slide-xml.ts).
//
// Both are remembered, and asked of pptxgenjs separately: the skeleton depends
// only on the slide size, the theme font and the number of slides (the content
// types also list the charts, each after its slide, added here), and a chart's
// parts only on the chart and the deck's metadata (its workbook carries the
// deck's properties). The internal and client decks of a plan share their
// charts, most decks of a portfolio share a skeleton, and pptxgenjs is not
// called at all when everything is known. Remembered parts are the same string
// and byte objects every time, which the deflate memo recognises at once.
import type { DeckLayout, DeckMeta } from "../../layout/types.js";
import { addPptxgenChart } from "./chart.js";
import type { ChartRequest } from "./context.js";
import { renumberCharts } from "./postprocess/chart-numbering.js";
import { normalizeWorkbook, workbookHandle } from "./postprocess/embedded-workbook.js";
import { escapeXml } from "./postprocess/xml-escape.js";
import type { Parts } from "./postprocess/parts.js";
import { PptxGen, type Pptx, type PptxSlide } from "./pptxgen.js";
import { takeWorkbookParts, withWorkbookParts } from "./jszip-shortcuts.js";
import { writeParts } from "./write-parts.js";

const LAYOUT_NAME = "KAMDECK";
/** Distinct slide sizes, fonts and slide counts in one batch are few. */
const MAX_SKELETONS = 32;
// A chart is keyed by its deck's metadata too, so only the two decks of one plan
// share it: a few dozen cover them; more would hold past plans' charts for nothing.
const MAX_CHARTS = 32;

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
const CONTENT_TYPES = "[Content_Types].xml";
const SLIDE_OVERRIDE = /<Override PartName="\/ppt\/slides\/slide(\d+)\.xml" ContentType="[^"]*"\/>/g;

/**
 * The package pptxgenjs would write for this deck without its slides: skeleton
 * and charts, charts numbered 1..n in deck order, workbooks pinned.
 */
export async function packageParts(layout: DeckLayout, charts: ChartRequest[]): Promise<Parts> {
  const skeletonKey = JSON.stringify([layout.width, layout.height, layout.fonts.face, layout.slides.length]);
  let skeleton = skeletons.get(skeletonKey);
  if (!skeleton) {
    const parts = await pptxgenParts(layout, layout.slides.length);
    skeleton = new Map([...parts].filter(([name]) => !NOT_SKELETON.test(name)));
    remember(skeletons, skeletonKey, skeleton, MAX_SKELETONS);
  }
  // Taken before anything new is remembered, which may push old entries out.
  const keys = charts.map((c) => chartKey(c, layout.meta));
  const found = new Map(keys.map((key) => [key, chartParts.get(key)]));
  const missing = [...found].filter(([, known]) => !known).map(([key]) => key);
  if (missing.length > 0) {
    // Charts do not depend on the slide they sit on: the new ones go on one slide.
    const requests = missing.map((key) => charts[keys.indexOf(key)]);
    const parts = await pptxgenChartParts(layout, requests);
    renumberCharts(parts);
    missing.forEach((key, i) => {
      const made = chartPartsOf(parts, i + 1, layout.meta);
      found.set(key, made);
      remember(chartParts, key, made, MAX_CHARTS);
    });
  }
  return assemble(skeleton, charts, keys.map((key) => found.get(key)!));
}

function assemble(skeleton: Parts, charts: ChartRequest[], made: ChartParts[]): Parts {
  const parts: Parts = new Map(skeleton);
  made.forEach((c, i) => {
    const n = i + 1;
    parts.set(`ppt/charts/chart${n}.xml`, c.chart);
    parts.set(`ppt/charts/_rels/chart${n}.xml.rels`, c.rels.replace("{n}", String(n)));
    parts.set(`ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`, c.workbook);
  });
  parts.set(CONTENT_TYPES, withChartTypes(skeleton.get(CONTENT_TYPES) as string, charts));
  return parts;
}

/** pptxgenjs listed each slide's charts right after the slide's own override. */
function withChartTypes(contentTypes: string, charts: ChartRequest[]): string {
  if (charts.length === 0) return contentTypes;
  const bySlide = new Map<number, string>();
  charts.forEach((c, i) => {
    const override = `<Override PartName="/ppt/charts/chart${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`;
    bySlide.set(c.slideIndex, (bySlide.get(c.slideIndex) ?? "") + override);
  });
  return contentTypes.replace(SLIDE_OVERRIDE, (override, n: string) => override + (bySlide.get(Number(n) - 1) ?? ""));
}

function chartPartsOf(parts: Parts, n: number, meta: DeckMeta): ChartParts {
  const rels = parts.get(`ppt/charts/_rels/chart${n}.xml.rels`) as string;
  const number = `Microsoft_Excel_Worksheet${n}.xlsx`;
  if (!rels.includes(number)) throw new Error(`chart ${n} does not point at its workbook`);
  return {
    chart: parts.get(`ppt/charts/chart${n}.xml`) as string,
    rels: rels.replace(number, "Microsoft_Excel_Worksheet{n}.xlsx"),
    workbook: normalizeWorkbook(parts.get(`ppt/embeddings/${number}`) as Uint8Array, meta),
  };
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

/** pptxgenjs set up for this deck's slide size and font. */
function newPptx(layout: DeckLayout): Pptx {
  const pptx = new PptxGen();
  pptx.defineLayout({ name: LAYOUT_NAME, width: layout.width, height: layout.height });
  pptx.layout = LAYOUT_NAME;
  // Text typed later in PowerPoint gets the deck's font rather than the Office default.
  const face = escapeXml(layout.fonts.face);
  pptx.theme = { headFontFace: face, bodyFontFace: face };
  return pptx;
}

/** pptxgenjs's package for `slideCount` empty slides. */
async function pptxgenParts(layout: DeckLayout, slideCount: number): Promise<Parts> {
  const pptx = newPptx(layout);
  for (let i = 0; i < slideCount; i++) pptx.addSlide();
  return writeParts(pptx);
}

/** What pptxgenjs's package writer hands each chart (its zip, seen from the chart side). */
interface ChartSink {
  file(name: string, data: string, options?: { base64?: boolean }): void;
}
type ChartWriter = (slide: PptxSlide, zip: ChartSink, done: Array<Promise<unknown>>) => void;

/**
 * Only the parts of `charts` (chart, relationships, workbook), numbered in
 * pptxgenjs's process-wide order. pptxgenjs's package writer has one step per
 * slide that writes its charts; it is called alone, into a map, without the
 * rest of the package.
 */
async function pptxgenChartParts(layout: DeckLayout, charts: ChartRequest[]): Promise<Parts> {
  const pptx = newPptx(layout);
  const slide = pptx.addSlide();
  for (const chart of charts) addPptxgenChart(pptx, slide, chart.primitive, layout.meta.language);
  const parts: Parts = new Map();
  const sink: ChartSink = {
    file: (name, data, options) => {
      if (!options?.base64) return void parts.set(name, data);
      const workbook = takeWorkbookParts(data);
      parts.set(name, workbook ? workbookHandle(workbook) : new Uint8Array(Buffer.from(data, "base64")));
    },
  };
  const writeCharts = (pptx as unknown as { createChartMediaRels: ChartWriter }).createChartMediaRels;
  // Workbooks come back as parts, not zipped only to be unzipped by normalizeWorkbook.
  await withWorkbookParts(async () => {
    const done: Array<Promise<unknown>> = [];
    writeCharts(slide, sink, done);
    await Promise.all(done);
  });
  return parts;
}
