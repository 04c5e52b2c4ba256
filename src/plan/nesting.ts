// Nesting depth measured on the raw text, BEFORE the YAML parser runs: the
// parser and its composer recurse per level, and a 3,000-level `[[[[...` or
// `- - - -` document can overflow the stack (a ~1,000-deep one can even abort
// V8 after a caught overflow). The estimate is deliberately simple and errs on
// the generous side; a real plan is fewer than 10 levels deep.

export interface DepthExcess {
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  depth: number;
}

interface Indent {
  /** Columns of leading spaces. */
  indent: number;
  /** Depth of the deepest node opened on that line. */
  depth: number;
}

/** Counts `- ` sequence entries that open on one line: `- - - x` opens three. */
function leadingDashes(body: string): number {
  let count = 0;
  let i = 0;
  while (body[i] === "-" && (body[i + 1] === " " || body[i + 1] === undefined)) {
    count++;
    i += 2;
    while (body[i] === " ") i++;
  }
  return count;
}

/** Quote state carried across lines, so brackets inside quoted text are not counted. */
interface FlowState {
  depth: number;
  quote: '"' | "'" | undefined;
}

/** Whether a quote at `i` opens a quoted scalar (rather than an apostrophe in plain text). */
function opensQuote(line: string, i: number): boolean {
  const before = line.slice(0, i).trimEnd();
  return before === "" || before === "-" || /[-:[{,]$/.test(before) || /(^|\s)-$/.test(before);
}

/** Scans one line for flow brackets; returns the deepest flow depth reached and the column where it first exceeded `budget`. */
function scanFlow(line: string, state: FlowState, budget: number): { max: number; col: number } {
  let max = state.depth;
  let col = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (state.quote) {
      if (c === "\\" && state.quote === '"') i++;
      else if (c === state.quote) {
        if (state.quote === "'" && line[i + 1] === "'") i++;
        else state.quote = undefined;
      }
      continue;
    }
    if (c === "#" && (i === 0 || /\s/.test(line[i - 1]))) break;
    if ((c === '"' || c === "'") && opensQuote(line, i)) state.quote = c;
    else if (c === "[" || c === "{") {
      state.depth++;
      max = Math.max(max, state.depth);
      if (state.depth > budget && col === 0) col = i + 1;
    } else if ((c === "]" || c === "}") && state.depth > 0) state.depth--;
  }
  return { max, col };
}

/** The first place where the estimated nesting depth exceeds `limit`, if any; `text` may come already split into lines. */
export function findExcessiveNesting(text: string | readonly string[], limit: number): DepthExcess | undefined {
  const stack: Indent[] = [];
  const flow: FlowState = { depth: 0, quote: undefined };
  const lines = typeof text === "string" ? text.split("\n") : text;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const indent = line.length - line.trimStart().length;
    const body = line.slice(indent);
    let blockDepth = stack.length ? stack[stack.length - 1].depth : 0;
    if (!flow.quote && flow.depth === 0 && body !== "" && !body.startsWith("#")) {
      while (stack.length && stack[stack.length - 1].indent > indent) stack.pop();
      const top = stack[stack.length - 1];
      const base = top && top.indent === indent ? baseOf(stack) : (top ? top.depth : 0) + 1;
      const depth = base + leadingDashes(body);
      if (top && top.indent === indent) top.depth = depth;
      else stack.push({ indent, depth });
      blockDepth = depth;
    }
    const { max, col } = scanFlow(line, flow, limit - blockDepth);
    if (blockDepth + max > limit) return { line: n + 1, col: col || indent + 1, depth: blockDepth + max };
  }
  return undefined;
}

/** Depth of the parent of the top entry (the base a sibling line starts from). */
function baseOf(stack: Indent[]): number {
  return stack.length > 1 ? stack[stack.length - 2].depth + 1 : 1;
}
