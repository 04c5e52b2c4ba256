// Value-axis bounds a reader can take in at a glance: round steps of 1, 2, 2.5
// or 5 times a power of ten, bounds on whole steps. Shared by the native PPTX
// chart (min/max) and its vector drawing for the PDF, so both show one scale.

export interface NiceScale {
  min: number;
  max: number;
  step: number;
}

/** `integers`: whole-number data (cells, days, people) gets whole-number steps, so no tick reads between two counts. */
export function niceScale(values: number[], opts: { ticks?: number; includeZero?: boolean; integers?: boolean } = {}): NiceScale {
  const ticks = opts.ticks ?? 4;
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { min: 0, max: 1, step: 0.25 };
  if (opts.includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (hi === lo) {
    // One distinct value: give it room above and below (or above zero).
    const pad = hi === 0 ? 1 : Math.abs(hi) * 0.1;
    lo = opts.includeZero && lo >= 0 ? 0 : lo - pad;
    hi += pad;
  }
  const raw = niceStep((hi - lo) / ticks);
  const step = opts.integers && !Number.isInteger(raw) ? (raw < 1 ? 1 : Math.floor(raw)) : raw;
  const min = roundTo(Math.floor(lo / step + 1e-9) * step, step);
  const max = roundTo(Math.ceil(hi / step - 1e-9) * step, step);
  return { min, max: max > min ? max : min + step, step };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

/** Removes binary noise (0.1 + 0.2) from a multiple of `step`. */
function roundTo(v: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(v.toFixed(decimals));
}

/** The tick values from min to max inclusive. */
export function ticksOf(s: NiceScale): number[] {
  const n = Math.round((s.max - s.min) / s.step);
  return Array.from({ length: n + 1 }, (_, i) => roundTo(s.min + i * s.step, s.step));
}
