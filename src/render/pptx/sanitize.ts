// pptxgenjs copies strings into XML as given: C0 control characters (a bell
// pasted from a CRM export) make the part ill-formed and PowerPoint refuses the
// file. Every string is cleaned here before pptxgenjs sees it.

// C0 controls other than tab, newline and carriage return; the two
// non-characters U+FFFE/U+FFFF; lone surrogates. None may appear in XML 1.0.
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text legal in any XML attribute or element. */
export function cleanXmlText(text: string): string {
  return text.replace(ILLEGAL_XML, "");
}

/**
 * Text of a run: line breaks were decided by the layout, so a stray newline
 * must not become a paragraph break (pptxgenjs splits runs on `\n`).
 */
export function cleanRunText(text: string): string {
  return cleanXmlText(text).replace(/\r\n|[\r\n]/g, " ");
}
