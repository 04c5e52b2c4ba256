// pdfkit 0.20.2's PDFObject.convert for the values a deck's objects hold, faster:
// every indirect object of every document (about 400 per deck: pages, struct
// elements, fonts) goes through it, and pdfkit's version tests each value
// against a chain of classes, stringifies plain objects to find out they are
// plain, and joins arrays of arrays. Same text out. Anything this does not know
// (dates, byte strings, spot colours, encryption) is left to pdfkit: `toPdf`
// returns undefined and the caller falls back to pdfkit's own writer.
import { pdfNumber } from "./pdf-number.js";

/** The pdfkit classes whose instances convert to their own toString(). */
export interface PdfkitClasses {
  /** PDFAbstractReference: indirect references ("12 0 R"). */
  reference: abstract new (...args: never[]) => { toString(): string };
  /** PDFTree: name and number trees (the structure's parent tree lists every mark of the deck). */
  tree: abstract new (...args: never[]) => TreeInternals;
}

/** The pdfkit 0.20.2 PDFTree fields and hooks its toString uses. */
interface TreeInternals {
  _items: Record<string, unknown>;
  limits: boolean;
  _compareKeys(a: string, b: string): number;
  _keysName(): string;
  _dataForKey(key: string): unknown;
}

/** Unknown value: pdfkit must write this object. */
const UNKNOWN = Symbol("unknown");

const ESCAPED = /[\n\r\t\b\f()\\]/g;
const ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f", "\\": "\\\\", "(": "\\(", ")": "\\)" };
const escapeChar = (c: string): string => ESCAPES[c];
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * A text string: ASCII as is, anything else as UTF-16BE with a byte order mark,
 * each byte one char (the file is written latin1), then the PDF escapes.
 */
function textString(text: string): string {
  let binary = text;
  if (NON_ASCII.test(text)) {
    const parts: string[] = ["\u00fe\u00ff"];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      parts.push(String.fromCharCode(code >> 8, code & 0xff));
    }
    binary = parts.join("");
  }
  return `(${binary.replace(ESCAPED, escapeChar)})`;
}

/** PDFTree.toString, its keys and values converted here. */
function tree(t: TreeInternals, classes: PdfkitClasses): string | typeof UNKNOWN {
  const keys = Object.keys(t._items).sort((a, b) => t._compareKeys(a, b));
  const out = ["<<"];
  if (t.limits && keys.length > 1) {
    const limits = convert([t._dataForKey(keys[0]), t._dataForKey(keys[keys.length - 1])], classes);
    if (limits === UNKNOWN) return UNKNOWN;
    out.push(`  /Limits ${limits}`);
  }
  out.push(`  /${t._keysName()} [`);
  for (const key of keys) {
    const k = convert(t._dataForKey(key), classes);
    const v = convert(t._items[key], classes);
    if (k === UNKNOWN || v === UNKNOWN) return UNKNOWN;
    out.push(`    ${k} ${v}`);
  }
  out.push("]", ">>");
  return out.join("\n");
}

function convert(value: unknown, classes: PdfkitClasses): string | typeof UNKNOWN {
  switch (typeof value) {
    case "string":
      return `/${value}`;
    case "number":
      // pdfkit's PDFObject.number: six decimals; anything out of range is pdfkit's error to raise.
      return pdfNumber(value) ?? UNKNOWN;
    case "boolean":
      return String(value);
    case "object":
      break;
    default:
      return UNKNOWN;
  }
  if (value === null) return "null";
  if (value instanceof classes.reference) return (value as { toString(): string }).toString();
  if (value instanceof classes.tree) return tree(value, classes);
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      const item = value[i] === undefined ? null : (value[i] as unknown);
      const text = convert(item, classes);
      if (text === UNKNOWN) return UNKNOWN;
      out += i === 0 ? text : ` ${text}`;
    }
    return `${out}]`;
  }
  if (value instanceof String) return textString(value.valueOf());
  const proto = Object.getPrototypeOf(value) as unknown;
  // Only plain dictionaries: a class instance (a spot colour, a date, bytes) is pdfkit's to write.
  if (proto !== Object.prototype && proto !== null) return UNKNOWN;
  let out = "<<";
  for (const key in value as Record<string, unknown>) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    const text = convert(v, classes);
    if (text === UNKNOWN) return UNKNOWN;
    out += `\n/${key} ${text}`;
  }
  return `${out}\n>>`;
}

/** The object's PDF syntax as pdfkit writes it, or undefined when pdfkit must write it. */
export function toPdf(value: unknown, classes: PdfkitClasses): string | undefined {
  const text = convert(value, classes);
  return text === UNKNOWN ? undefined : text;
}
