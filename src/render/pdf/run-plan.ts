// What drawing one text run needs from the font stack, asked once per distinct
// (style, size, text) instead of per run and per piece: the characters no font
// draws, the pieces by font file with their advances, and the run's advance.
// A deck draws ~390 runs, a few hundred distinct, and the client deck repeats
// most of the internal one's (as do the labels of every deck of a portfolio);
// the stack answered each run with four to five memo lookups and copies.
// The numbers are the stack's own: the same calls, the same arguments.
import type { FontStyle } from "../../fonts/index.js";
import type { FontRun, PdfFontStack } from "./context.js";

export interface RunPiece {
  /** The file that draws `run.text`, as the stack segments it. */
  run: FontRun;
  /** Points: stack.measure of the piece's text. */
  width: number;
}

export interface RunPlan {
  /** Characters no font of the stack draws; empty when the run can be drawn. */
  missing: readonly string[];
  pieces: readonly RunPiece[];
  /** Points: stack.measure of the whole run (what aligned lines are measured with). */
  width: number;
}

/**
 * Plans kept per stack at most; all dropped at once past it (like the stack's
 * own memo). ~250 bytes each with its pieces, so about 1 MiB per stack: a
 * portfolio's working set (an account's two decks plus the shared labels) is
 * a few hundred plans.
 */
const MAX_PLANS = 4096;

interface PlanCache {
  /** style index (bold 1, italic 2) -> size (points) -> text -> plan */
  byStyle: Array<Map<number, Map<string, RunPlan>>>;
  count: number;
}

const caches = new WeakMap<PdfFontStack, PlanCache>();
const fresh = (): PlanCache => ({ byStyle: [new Map(), new Map(), new Map(), new Map()], count: 0 });

function cacheOf(stack: PdfFontStack): PlanCache {
  let cache = caches.get(stack);
  if (!cache) caches.set(stack, (cache = fresh()));
  return cache;
}

function planOf(stack: PdfFontStack, text: string, style: FontStyle, size: number): RunPlan {
  const missing = stack.missing(text, style);
  if (missing.length > 0) return { missing, pieces: [], width: 0 };
  const sized = { ...style, size };
  const pieces = stack.segment(text, style).map((run) => ({ run, width: stack.measure(run.text, sized) }));
  return { missing, pieces, width: stack.measure(text, sized) };
}

/**
 * The plan of a run in `style` (bold and italic as the stack reads them: only
 * their truthiness matters), from the cache or the stack. The plan and its
 * pieces are shared: read only. The style comes as two flags so that a cache
 * hit, nearly every run, builds no object.
 */
export function runPlan(stack: PdfFontStack, text: string, bold: boolean | undefined, italic: boolean | undefined, size: number): RunPlan {
  const cache = cacheOf(stack);
  const bySize = cache.byStyle[(bold ? 1 : 0) + (italic ? 2 : 0)];
  let byText = bySize.get(size);
  if (!byText) bySize.set(size, (byText = new Map()));
  let plan = byText.get(text);
  if (!plan) {
    plan = planOf(stack, text, { bold, italic }, size);
    if (cache.count >= MAX_PLANS) caches.set(stack, fresh());
    else {
      byText.set(text, plan);
      cache.count++;
    }
  }
  return plan;
}
