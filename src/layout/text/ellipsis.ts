// Cutting a line that must end the visible text: "…" appended, preferably at a
// word boundary, the result still no wider than the line.
import type { FontStack, FontStyle } from "../../fonts/index.js";
import type { TextRun } from "../types.js";
import { trimBreakingSpaces } from "./break-opportunities.js";
import { withFields } from "../with-fields.js";

export const ELLIPSIS = "…";
// A pinned locale, not the host's: where a line may be cut must not depend on the machine's LANG.
const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
const DANGLING = /[\s,;:.\-–—/(«]+$/u;

/** `line` shortened so that `line + "…"` is at most `maxPt` points wide. */
export function ellipsize(stack: FontStack, line: string, style: FontStyle & { size: number }, maxPt: number): string {
  const fits = (s: string) => stack.measure(s + ELLIPSIS, style) <= maxPt;
  const whole = trimBreakingSpaces(line).replace(DANGLING, "");
  if (fits(whole)) return whole + ELLIPSIS;
  const parts = [...graphemes.segment(whole)].map((g) => g.segment);
  let keep = parts.length;
  while (keep > 0 && !fits(parts.slice(0, keep).join(""))) keep--;
  const cut = parts.slice(0, keep).join("");
  // Prefer ending on a whole word when that loses less than half of the line.
  const space = cut.lastIndexOf(" ");
  const atWord = space >= cut.length / 2 ? cut.slice(0, space) : cut;
  return atWord.replace(DANGLING, "") + ELLIPSIS;
}

/**
 * A line of runs cut the same way. Measured in bold (or italic) if any run is,
 * which can only overestimate, then the cut text is mapped back onto the runs.
 */
export function ellipsizeRuns(stack: FontStack, runs: readonly TextRun[], base: FontStyle & { size: number }, maxPt: number): TextRun[] {
  const style = {
    size: base.size,
    bold: runs.some((r) => r.bold ?? base.bold),
    italic: runs.some((r) => r.italic ?? base.italic),
  };
  const cut = ellipsize(stack, runs.map((r) => r.text).join(""), style, maxPt);
  let left = cut.length - ELLIPSIS.length;
  const out: TextRun[] = [];
  for (const run of runs) {
    if (left <= 0) break;
    out.push(withFields(run, { text: run.text.slice(0, left) }));
    left -= run.text.length;
  }
  if (out.length === 0) return [withFields(runs[0], { text: ELLIPSIS })];
  const last = out[out.length - 1];
  out[out.length - 1] = withFields(last, { text: last.text + ELLIPSIS });
  return out;
}
