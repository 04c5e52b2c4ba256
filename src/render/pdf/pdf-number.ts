// pdfkit 0.20.2's number formatting for operators and objects: PDFObject.number
// rounds to six decimals (Math.round(n * 1e6) / 1e6) and the result is written
// by String(). In one place for every writer that reproduces pdfkit's lines.
//
// A deck writes ~4,000 numbers (every coordinate of every run and shape, every
// glyph width), mostly fractions; String() of a fraction runs V8's shortest-
// digits algorithm, ~300-500 ns when V8's own number-string cache misses (it
// mostly does in a worker, where layout and PPTX format numbers too). The same
// text is built here from integers: ~100-200 ns. (A Map of formatted numbers was
// measured too: no faster than String().)

/**
 * Six-decimal numbers below this many millionths (8e9 and more) are left to
 * String(): below it, the integer arithmetic here is exact (under 2^53) and
 * doubles are closer together than 1e-6, which is what makes the digits below
 * String()'s (see fixedSixDecimals).
 */
const EXACT_MILLIONTHS = 8e15;

/** "00000".slice(0, i): the zeros a fraction's digits need in front. */
const ZEROS = ["", "0", "00", "000", "0000", "00000"];

/**
 * String(k / 1e6) for an integer k with 0 < |k| < EXACT_MILLIONTHS: the
 * integer part, then the six decimals without their trailing zeros.
 * Why it is String()'s text: k / 1e6 is the double nearest to the decimal
 * q = k / 10^6; String() writes the shortest decimal that reads back as that
 * double. Any other decimal reading back as it lies within one ulp of q, and
 * below 2^33 an ulp is under 1e-6, so it would need a seventh decimal, hence
 * more digits than q. So String() writes q, in plain notation (|q| >= 1e-6).
 */
function fixedSixDecimals(k: number): string {
  const abs = k < 0 ? -k : k;
  const fraction = abs % 1e6;
  const integer = (abs - fraction) / 1e6;
  const sign = k < 0 ? "-" : "";
  if (fraction === 0) return `${sign}${integer}`;
  let digits = fraction;
  let count = 6;
  while (digits % 10 === 0) {
    digits /= 10;
    count--;
  }
  const text = String(digits);
  return `${sign}${integer}.${ZEROS[count - text.length]}${text}`;
}

/** Every number as pdfkit writes it; undefined if pdfkit would refuse any of them. */
export function pdfNumbers(numbers: readonly number[]): string[] | undefined {
  const out: string[] = [];
  for (const n of numbers) {
    const text = pdfNumber(n);
    if (text === undefined) return undefined;
    out.push(text);
  }
  return out;
}

/**
 * The number as pdfkit writes it; undefined where pdfkit would throw (not
 * finite, or beyond ±1e21): the caller then lets pdfkit write, and throw.
 */
export function pdfNumber(n: number): string | undefined {
  if (!(n > -1e21 && n < 1e21)) return undefined;
  const k = Math.round(n * 1e6);
  // 0 and -0 (String(-0) is "0"), and what is too large for exact integers here.
  if (k === 0) return "0";
  if (!(k > -EXACT_MILLIONTHS && k < EXACT_MILLIONTHS)) return String(k / 1e6);
  return fixedSixDecimals(k);
}
