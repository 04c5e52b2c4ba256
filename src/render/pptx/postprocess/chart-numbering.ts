// pptxgenjs numbers charts with a module-level counter that never resets, so
// the third deck of a batch gets chart7.xml where a lone build gets chart1.xml
// and the bytes differ. Charts are renumbered 1..n in their original order.
import type { Parts } from "./parts.js";

const CHART_PART = /^ppt\/charts\/chart(\d+)\.xml$/;
/** Every place a chart number appears: part names, relationship targets, content types. */
const NUMBERED = /(chart|Microsoft_Excel_Worksheet)(\d+)(\.xml|\.xlsx)/g;

export function renumberCharts(parts: Parts): void {
  const numbers = [...parts.keys()]
    .map((name) => CHART_PART.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort((a, b) => Number(a) - Number(b));
  const renumber = new Map(numbers.map((old, i) => [old, String(i + 1)]));
  if (numbers.every((old, i) => old === String(i + 1))) return;
  const rewrite = (text: string) =>
    text.replace(NUMBERED, (match, stem: string, n: string, ext: string) =>
      renumber.has(n) ? `${stem}${renumber.get(n)}${ext}` : match,
    );
  const renamed: Array<[string, string | Uint8Array]> = [...parts].map(([name, content]) => [
    name.startsWith("ppt/charts/") || name.startsWith("ppt/embeddings/") ? rewrite(name) : name,
    typeof content === "string" && (name.endsWith(".rels") || name === "[Content_Types].xml") ? rewrite(content) : content,
  ]);
  parts.clear();
  for (const [name, content] of renamed) parts.set(name, content);
}
