// zod issues in plain English, with suggestions. zod's own messages ("Invalid
// option: expected one of "a"|"b"") are written for programmers; a key account
// manager needs "expected one of planned, in_progress, ...: did you mean
// `in_progress`?". Messages written in the schema (lowercase) are kept as is.
import type { z } from "zod";
import type { Finding } from "./diagnostic.js";
import { closest } from "./suggest.js";
import { allowedKeysAt } from "./schema-keys.js";

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping (key: value)",
  array: "a list",
  null: "nothing",
};

function describeValue(input: unknown): string {
  if (input === null) return "nothing (null)";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  if (typeof input === "string") return `text (\`${input.length > 40 ? input.slice(0, 40) + "..." : input}\`)`;
  if (typeof input === "number") return `a number (${input})`;
  if (typeof input === "boolean") return `\`${input}\``;
  return typeof input;
}

/** Messages written in our schemas are lowercase sentences; zod's defaults are capitalised. */
function isOurs(message: string): boolean {
  return /^[a-z`]/.test(message);
}

function asPath(path: Path): Array<string | number> {
  return path.map((p) => (typeof p === "symbol" ? String(p) : p));
}

function lastKey(path: Path): string {
  const last = [...path].reverse().find((p) => typeof p === "string");
  return typeof last === "string" ? last : "value";
}

function unknownKeys(issue: Extract<Issue, { code: "unrecognized_keys" }>, path: Path, schema: z.ZodType): Finding[] {
  const allowed = allowedKeysAt(schema, path);
  return issue.keys.map((key) => {
    const guess = closest(key, allowed);
    const hint = guess ? `: did you mean \`${guess}\`?` : allowed.length ? ` (allowed here: ${allowed.join(", ")})` : "";
    const finding: Finding = { path: asPath([...path, key]), message: `unknown key \`${key}\`${hint}`, atKey: true };
    if (guess) finding.suggestion = guess;
    return finding;
  });
}

function invalidValue(issue: Extract<Issue, { code: "invalid_value" }>, path: Path): Finding {
  if (isOurs(issue.message)) return { path: asPath(path), message: issue.message };
  const values = issue.values.map(String);
  const input = (issue as { input?: unknown }).input;
  const guess = typeof input === "string" ? closest(input, values) : undefined;
  const list = values.length === 1 ? `expected \`${values[0]}\`` : `expected one of ${values.join(", ")}`;
  const finding: Finding = { path: asPath(path), message: guess ? `${list}: did you mean \`${guess}\`?` : list };
  if (guess) finding.suggestion = guess;
  return finding;
}

function invalidType(issue: Extract<Issue, { code: "invalid_type" }>, path: Path): Finding {
  const input = (issue as { input?: unknown }).input;
  if (input === undefined) return { path: asPath(path), message: `missing required field \`${lastKey(path)}\`` };
  if (isOurs(issue.message)) return { path: asPath(path), message: issue.message };
  const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
  // `key:` left empty (often after deleting a skeleton's example): say how to fix it.
  const hint = input === null ? `; give it a value or remove \`${lastKey(path)}\`` : "";
  return { path: asPath(path), message: `expected ${expected}, got ${describeValue(input)}${hint}` };
}

function sizeMessage(issue: Extract<Issue, { code: "too_small" | "too_big" }>): string {
  const small = issue.code === "too_small";
  const bound = small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum;
  const inclusive = issue.inclusive !== false;
  if (issue.origin === "string") return small && Number(bound) === 1 ? "must not be empty" : `must have ${small ? "at least" : "at most"} ${bound} characters`;
  if (issue.origin === "array") return `give ${small ? "at least" : "at most"} ${bound} item${Number(bound) === 1 ? "" : "s"}`;
  const word = small ? (inclusive ? "at least" : "more than") : inclusive ? "at most" : "less than";
  return `must be ${word} ${bound}`;
}

/** A union failed: explain with the branch that fits the value's type best. */
function invalidUnion(issue: Extract<Issue, { code: "invalid_union" }>, path: Path, schema: z.ZodType): Finding[] {
  const branches = (issue.errors ?? []).filter((b) => b.length > 0);
  const fitting = branches.filter((b) => !(b.length === 1 && b[0].code === "invalid_type" && b[0].path.length === 0));
  if (fitting.length > 0) {
    const best = fitting.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((sub) => issueToFindings({ ...sub, path: [...path, ...sub.path] } as Issue, schema));
  }
  const expected = [...new Set(branches.map((b) => TYPE_NAMES[(b[0] as { expected?: string }).expected ?? ""] ?? "another type"))];
  const input = (issue as { input?: unknown }).input;
  return [{ path: asPath(path), message: `expected ${expected.join(" or ")}, got ${describeValue(input)}` }];
}

/** One zod issue as one or more findings (one per unknown key). */
export function issueToFindings(issue: Issue, schema: z.ZodType): Finding[] {
  const path = issue.path;
  switch (issue.code) {
    case "unrecognized_keys":
      return unknownKeys(issue, path, schema);
    case "invalid_value":
      return [invalidValue(issue, path)];
    case "invalid_type":
      return [invalidType(issue, path)];
    case "invalid_union":
      return invalidUnion(issue, path, schema);
    case "too_small":
    case "too_big":
      return [{ path: asPath(path), message: isOurs(issue.message) ? issue.message : sizeMessage(issue) }];
    default:
      return [{ path: asPath(path), message: isOurs(issue.message) ? issue.message : issue.message.replace(/^Invalid input:?\s*/i, "invalid value: ") }];
  }
}
