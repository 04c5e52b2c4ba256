// C0 control characters (a bell pasted from a CRM export) make an XML part
// ill-formed and PowerPoint refuses the file. Every string from the plan is
// cleaned here before it goes into the slide XML or to pptxgenjs (charts).

// C0 controls other than tab, newline and carriage return; the two
// non-characters U+FFFE/U+FFFF; lone surrogates. None may appear in XML 1.0.
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Every character ILLEGAL_XML can match (and more: any surrogate), as one class.
 * Almost no text holds one, and one scan for it is much cheaper than the
 * replace with its look-arounds; text that has one takes the full replace.
 */
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** The same plus line breaks, for run text. */
const MAYBE_ILLEGAL_OR_BREAK = /[\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text legal in any XML attribute or element. */
export function cleanXmlText(text: string): string {
  return MAYBE_ILLEGAL.test(text) ? text.replace(ILLEGAL_XML, "") : text;
}

/**
 * Text of a run: line breaks were decided by the layout, so a stray newline
 * becomes a space, as it did when pptxgenjs wrote the runs.
 */
export function cleanRunText(text: string): string {
  if (!MAYBE_ILLEGAL_OR_BREAK.test(text)) return text;
  return text.replace(ILLEGAL_XML, "").replace(/\r\n|[\r\n]/g, " ");
}
