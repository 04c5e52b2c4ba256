// pdfkit 0.20.2's number formatting for operators and objects (PDFObject.number:
// rounded to six decimals, then written by String()), in one place for every
// writer that reproduces pdfkit's lines. (Remembering the text per number was
// measured: no faster than String(), which V8 serves from its own cache.)

/**
 * The number as pdfkit writes it; undefined where pdfkit would throw (not
 * finite, or beyond ±1e21): the caller then lets pdfkit write, and throw.
 */
export function pdfNumber(n: number): string | undefined {
  if (!(n > -1e21 && n < 1e21)) return undefined;
  return String(Math.round(n * 1e6) / 1e6);
}
