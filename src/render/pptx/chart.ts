// Native, editable charts (`c:chart` with an embedded workbook), so the key
// account manager can update the numbers in PowerPoint. The PDF draws the same
// chart from the primitive's `vector`; here only the data and style are used.
// The chart part and its workbook are pptxgenjs's (see package-parts.ts); the
// slide only holds the frame that points at it.
import type { ChartOptions, Pptx, PptxSlide } from "./pptxgen.js";
import type { ChartPrimitive } from "../../layout/types.js";
import type { SlideContext } from "./context.js";
import { takeShapeId } from "./context.js";
import { escapeXml } from "./postprocess/xml-escape.js";
import { cleanXmlText } from "./sanitize.js";
import { addChartRel } from "./slide-rels.js";
import { sizeToEmu, toHex } from "./units.js";

/** pptxgenjs throws a TypeError on a chart without data; there is nothing to draw anyway. */
export function hasChartData(p: ChartPrimitive): boolean {
  return p.series.length > 0 && p.categories.length > 0;
}

export function renderChart(p: ChartPrimitive, ctx: SlideContext): void {
  if (!hasChartData(p)) return;
  ctx.deck.charts.push({ slideIndex: ctx.slideIndex, primitive: p });
  const relId = addChartRel(ctx.rels, ctx.deck.charts.length);
  const id = takeShapeId(ctx);
  const name = `Chart ${ctx.names.chart++}`;
  // A chart without width or height took half the slide's, as pptxgenjs did.
  const x = sizeToEmu(Number.isNaN(p.x) ? 1 : p.x);
  const y = sizeToEmu(Number.isNaN(p.y) ? 1 : p.y);
  const cx = p.w ? sizeToEmu(p.w) : Math.round(0.5 * ctx.deck.slideWidthEmu);
  const cy = p.h ? sizeToEmu(p.h) : Math.round(0.5 * ctx.deck.slideHeightEmu);
  ctx.shapes.push(
    "<p:graphicFrame> <p:nvGraphicFramePr>" +
      `   <p:cNvPr id="${id}" name="${name}" descr=""/>   <p:cNvGraphicFramePr/>   <p:nvPr></p:nvPr> </p:nvGraphicFramePr>` +
      ` <p:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></p:xfrm>` +
      ' <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">  <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `   <c:chart r:id="rId${relId}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>` +
      "  </a:graphicData> </a:graphic></p:graphicFrame>",
  );
}

/** Hands the chart to pptxgenjs, which writes its chart part and workbook. */
export function addPptxgenChart(pptx: Pptx, slide: PptxSlide, p: ChartPrimitive, lang: string): void {
  const labels = p.categories.map(cleanXmlText);
  const data = p.series.map((s) => ({ name: cleanXmlText(s.name), labels, values: s.values }));
  const type = p.chart === "bar" ? pptx.ChartType.bar : pptx.ChartType.line;
  slide.addChart(type, data, { x: p.x, y: p.y, w: p.w, h: p.h, lang: escapeXml(lang), ...chartStyle(p) });
}

function chartStyle(p: ChartPrimitive): ChartOptions {
  // pptxgenjs writes font names into attributes unescaped.
  const face = escapeXml(p.fontFace);
  const size = p.fontSize;
  const color = toHex(p.textColor);
  return {
    // One colour per series, so pptxgenjs never picks a random one.
    chartColors: p.series.map((s) => toHex(s.color)),
    valAxisMinVal: p.min,
    valAxisMaxVal: p.max,
    // Same gridlines as the PDF's vector copy, which the layout drew at this step.
    ...(p.step !== undefined ? { valAxisMajorUnit: p.step } : {}),
    valGridLine: { color: toHex(p.gridColor), size: p.strokes?.grid ?? 0.75, style: "solid" },
    catGridLine: { style: "none" },
    catAxisLabelFontFace: face,
    catAxisLabelFontSize: size,
    catAxisLabelColor: color,
    catAxisLineColor: toHex(p.gridColor),
    valAxisLabelFontFace: face,
    valAxisLabelFontSize: size,
    valAxisLabelColor: color,
    // Excel's number format with the layout's decimals; the separator follows the reader's locale.
    ...(p.axisDecimals !== undefined ? { valAxisLabelFormatCode: p.axisDecimals > 0 ? `0.${"0".repeat(p.axisDecimals)}` : "0" } : {}),
    valAxisLineShow: false,
    showLegend: p.series.length > 1,
    legendPos: "b",
    legendFontFace: face,
    legendFontSize: size,
    legendColor: color,
    showTitle: Boolean(p.title),
    title: p.title ? cleanXmlText(p.title) : undefined,
    titleFontFace: face,
    titleFontSize: size,
    titleColor: color,
    barDir: "col",
    barGrouping: "clustered",
    lineSize: p.strokes?.line ?? 2,
    lineDataSymbol: "circle",
    lineDataSymbolSize: Math.round(p.strokes?.marker ?? 6),
  };
}
