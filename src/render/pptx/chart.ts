// Native, editable charts (`c:chart` with an embedded workbook), so the key
// account manager can update the numbers in PowerPoint. The PDF draws the same
// chart from the primitive's `vector`; here only the data and style are used.
import type { ChartOptions } from "./pptxgen.js";
import type { ChartPrimitive } from "../../layout/types.js";
import type { PptxSlide, RenderContext } from "./context.js";
import { escapeXml } from "./postprocess/xml-escape.js";
import { cleanXmlText } from "./sanitize.js";
import { toHex } from "./units.js";

export function renderChart(slide: PptxSlide, p: ChartPrimitive, ctx: RenderContext): void {
  // pptxgenjs throws a TypeError on a chart without data; there is nothing to draw anyway.
  if (p.series.length === 0 || p.categories.length === 0) return;
  const labels = p.categories.map(cleanXmlText);
  const data = p.series.map((s) => ({ name: cleanXmlText(s.name), labels, values: s.values }));
  const type = p.chart === "bar" ? ctx.pptx.ChartType.bar : ctx.pptx.ChartType.line;
  slide.addChart(type, data, { x: p.x, y: p.y, w: p.w, h: p.h, lang: escapeXml(ctx.lang), ...chartStyle(p) });
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
