// The one way kamdeck parses YAML: YAML 1.2 core schema, no tag resolution
// (dates stay strings, no time-zone shift), no custom tags, unique keys, a small
// alias budget, one document, no explicit tags. Raw-text checks run first
// (text-checks.ts) so nothing hostile reaches the recursive parts of the parser.
import { Document, LineCounter, isPair, isScalar, parseAllDocuments, visit } from "yaml";
import type { ParseOptions, DocumentOptions, Node, SchemaOptions, YAMLMap } from "yaml";
import type { Diagnostic } from "./diagnostic.js";
import { fileDiagnostic, formatPath } from "./diagnostic.js";
import { pathAtOffset, someNode, walkNodes } from "./node-paths.js";
import { checkText, decodeText } from "./text-checks.js";

export const MAX_ALIASES = 100;

export const SAFE_YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: "1.2",
  schema: "core",
  resolveKnownTags: false,
  customTags: [],
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
};

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  /** The plain JavaScript value (strings, numbers, booleans, null, arrays, objects). */
  value: unknown;
  /** The decoded text (BOM stripped) the positions refer to. */
  source: string;
}

export type SafeParse = { ok: true; parsed: ParsedYaml } | { ok: false; errors: Diagnostic[] };

function at(file: string, lineCounter: LineCounter, offset: number, message: string, path = ""): Diagnostic {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, col, path, message, severity: "error" };
}

/** Finds the key a duplicate repeats: its name and the offset of its first occurrence. */
function firstKey(doc: Document, dupOffset: number): { name: string; offset?: number } | undefined {
  let found: { name: string; offset?: number } | undefined;
  visit(doc, {
    Map(_, map: YAMLMap) {
      const keys = map.items.filter((p) => isPair(p) && isScalar(p.key)).map((p) => p.key as { value: unknown; range?: number[] });
      const dup = keys.find((k) => k.range?.[0] === dupOffset);
      if (!dup) return undefined;
      const first = keys.find((k) => k !== dup && k.value === dup.value);
      found = { name: String(dup.value), offset: first?.range?.[0] };
      return visit.BREAK;
    },
  });
  return found;
}

function yamlErrors(doc: Document, file: string, lc: LineCounter): Diagnostic[] {
  return doc.errors.map((e) => {
    const message = e.message.split("\n")[0];
    if (e.code !== "DUPLICATE_KEY") return at(file, lc, e.pos[0], `invalid YAML: ${message}`);
    const dup = firstKey(doc, e.pos[0]);
    const here = lc.linePos(e.pos[0]).line;
    const first = dup?.offset === undefined ? "" : `, first defined at line ${lc.linePos(dup.offset).line}`;
    const path = pathAtOffset(doc.contents as Node | null, e.pos[0]);
    return at(file, lc, e.pos[0], `duplicate key \`${dup?.name ?? "?"}\` at line ${here}${first}`, path ? formatPath(path) : "");
  });
}

/** Explicit tags (`!!timestamp`, `!!binary`, `!foo`) change how a value is read: refused. */
function tagErrors(doc: Document, file: string, lc: LineCounter): Diagnostic[] {
  const errors: Diagnostic[] = [];
  // Paths are only worth building for a document that has a tag at all (almost none).
  if (!someNode(doc.contents as Node | null, (node) => Boolean(node.tag))) return errors;
  walkNodes(doc.contents as Node | null, (node, path) => {
    if (!node.tag) return;
    const tag = node.tag.replace("tag:yaml.org,2002:", "!!");
    errors.push(at(file, lc, node.range?.[0] ?? 0, `explicit YAML tags such as \`${tag}\` are not accepted`, formatPath(path)));
  });
  return errors;
}

/**
 * `yaml` (2.x) reads `process.env.LOG_TOKENS` for every lexical token and
 * `process.env.LOG_STREAM` for every document: each read of the real
 * `process.env` is a call into the C++ environment (~0.2 µs), some 3,000 per
 * plan, about a tenth of the parse. The parse is synchronous, so for its
 * duration `process.env` is a plain snapshot holding just those two switches
 * (same values, so the parser behaves the same), and the real one is put back
 * in `finally` before any other code can run.
 */
function withPlainEnv<T>(run: () => T): T {
  const real = process.env;
  const plain: NodeJS.ProcessEnv = {};
  const tokens = real.LOG_TOKENS;
  const stream = real.LOG_STREAM;
  if (tokens !== undefined) plain.LOG_TOKENS = tokens;
  if (stream !== undefined) plain.LOG_STREAM = stream;
  process.env = plain;
  try {
    return run();
  } finally {
    process.env = real;
  }
}

/** Parses already-decoded text; every problem becomes a diagnostic, nothing throws. */
export function parseYamlText(source: string, file: string): SafeParse {
  const pre = checkText(source, file);
  if (pre.length) return { ok: false, errors: pre };
  const lineCounter = new LineCounter();
  const docs = withPlainEnv(() => parseAllDocuments(source, { ...SAFE_YAML_OPTIONS, lineCounter }));
  if (!Array.isArray(docs) || docs.length === 0) return { ok: false, errors: [fileDiagnostic(file, "the file is empty")] };
  if (docs.length > 1) {
    return { ok: false, errors: [at(file, lineCounter, docs[1].range[0], "a file holds one YAML document; a second one starts here")] };
  }
  const doc = docs[0] as Document;
  const errors = [...yamlErrors(doc, file, lineCounter), ...tagErrors(doc, file, lineCounter)];
  if (errors.length) return { ok: false, errors };
  if (doc.contents === null) return { ok: false, errors: [fileDiagnostic(file, "the file is empty")] };
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    return { ok: true, parsed: { doc, lineCounter, value, source } };
  } catch {
    // yaml throws a ReferenceError when aliases expand past the budget.
    return { ok: false, errors: [fileDiagnostic(file, `too many aliases (more than ${MAX_ALIASES} expansions): refusing a possible alias bomb`)] };
  }
}

/** Decodes and parses the bytes of a YAML file. */
export function parseYamlBytes(bytes: Uint8Array, file: string): SafeParse {
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded;
  return parseYamlText(decoded.text, file);
}
