// Checks on the raw bytes and text of a YAML file, run before the parser ever
// sees it: size, binary content, encoding, empty files, tabs used for
// indentation, directives and nesting depth. Each gives one clear line.
import type { Diagnostic } from "./diagnostic.js";
import { fileDiagnostic } from "./diagnostic.js";
import { findExcessiveNesting } from "./nesting.js";

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_NESTING = 64;

export type TextCheck = { ok: true; text: string } | { ok: false; errors: Diagnostic[] };

function at(file: string, line: number, col: number, message: string): Diagnostic {
  return { file, line, col, path: "", message, severity: "error" };
}

/** Decodes bytes as UTF-8 text, refusing what is too large, binary or not UTF-8. */
export function decodeText(bytes: Uint8Array, file: string): TextCheck {
  if (bytes.length > MAX_FILE_BYTES) {
    const mib = (bytes.length / MAX_FILE_BYTES).toFixed(1);
    return { ok: false, errors: [fileDiagnostic(file, `file too large (${mib} MiB): kamdeck reads YAML files of at most 1 MiB`)] };
  }
  if (bytes.includes(0)) return { ok: false, errors: [fileDiagnostic(file, "not a text file")] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [fileDiagnostic(file, "not a text file (not valid UTF-8)")] };
  }
  // A BOM is what some Windows editors write; accept it silently.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** Tabs in indentation: YAML forbids them, and their width is ambiguous to the reader. */
function findIndentTab(lines: string[], file: string): Diagnostic | undefined {
  for (let n = 0; n < lines.length; n++) {
    const lead = /^[ \t]*/.exec(lines[n])![0];
    const tab = lead.indexOf("\t");
    if (tab >= 0 && lead.length < lines[n].replace(/\r$/, "").length) {
      return at(file, n + 1, tab + 1, "a tab is used for indentation: indent with spaces");
    }
  }
  return undefined;
}

/** `%YAML` / `%TAG` directives: a plan needs none, and `%TAG` would smuggle tags in. */
function findDirective(lines: string[], file: string): Diagnostic | undefined {
  const n = lines.findIndex((l) => l.startsWith("%"));
  if (n < 0) return undefined;
  const name = /^%\S*/.exec(lines[n])![0];
  return at(file, n + 1, 1, `YAML directives such as \`${name}\` are not accepted`);
}

/** Everything that must be refused before parsing, in the order a reader would fix it. */
export function checkText(text: string, file: string): Diagnostic[] {
  if (text.trim() === "") return [fileDiagnostic(file, "the file is empty")];
  const lines = text.split("\n");
  // Most files have neither a tab nor a line starting with "%": one scan of the text each, instead of a look at every line.
  const tab = text.includes("\t") ? findIndentTab(lines, file) : undefined;
  if (tab) return [tab];
  const directive = text.startsWith("%") || text.includes("\n%") ? findDirective(lines, file) : undefined;
  if (directive) return [directive];
  const deep = findExcessiveNesting(lines, MAX_NESTING);
  if (deep) return [at(file, deep.line, deep.col, `nesting deeper than ${MAX_NESTING} levels: refusing to parse`)];
  return [];
}
