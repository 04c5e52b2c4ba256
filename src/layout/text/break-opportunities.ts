// Where a line may break. A hard line is cut into atoms: unbreakable text plus the
// ordinary spaces after it; a line may end after any atom. No-break spaces (U+00A0,
// U+202F) are not break points, so "12 %" and French number groups stay whole.

/** Characters a line must not start with: French high punctuation, closing quotes, CJK closers. */
const NO_BREAK_BEFORE = new Set([...":;!?%»)]}’”", ..."、。，．：；！？）」』】〉》〕…·"]);
/** Characters a line must not end with. */
const NO_BREAK_AFTER = new Set([..."«([{‘“", ..."（「『【〈《〔"]);
/** Breaks are allowed after these inside a word ("Saint-Étienne", "Q3/Q4"). */
const BREAK_AFTER_IN_WORD = new Set(["-", "/", "\u2010", "\u2013"]);

const isBreakingSpace = (ch: string) => ch === " " || ch === "\t";

/** Ideographs, kana, Hangul and full-width forms: text without spaces that may break between characters. */
export function isCjk(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

// Combining marks, joiners and variation selectors belong to the character before them.
const CLINGS_TO_PREVIOUS = /^[\p{M}\u200d\ufe00-\ufe0f]$/u;

function breakInsideWord(before2: string | undefined, prev: string, next: string): boolean {
  if (NO_BREAK_BEFORE.has(next) || NO_BREAK_AFTER.has(prev) || CLINGS_TO_PREVIOUS.test(next)) return false;
  if (isCjk(prev) || isCjk(next)) return true;
  // After a hyphen or slash only between two word characters: not in "--", "-5" or "/ ".
  return BREAK_AFTER_IN_WORD.has(prev) && before2 !== undefined && !BREAK_AFTER_IN_WORD.has(before2)
    && !BREAK_AFTER_IN_WORD.has(next) && !isBreakingSpace(before2);
}

const codes = (chars: Set<string>): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const NO_BREAK_BEFORE_CODE = codes(NO_BREAK_BEFORE);
const NO_BREAK_AFTER_CODE = codes(NO_BREAK_AFTER);
const BREAK_AFTER_IN_WORD_CODE = codes(BREAK_AFTER_IN_WORD);
const SPACE = 0x20;
const TAB = 0x09;
/** Below U+0300 nothing is a mark, a joiner or a variation selector. */
const clingsToPrevious = (line: string, i: number, c: number): boolean => c >= 0x300 && CLINGS_TO_PREVIOUS.test(line[i]);
const isCjkCode = (c: number): boolean => (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);

/** Splits one hard line (no "\n") into atoms; joining them gives the line back. */
export function splitAtoms(line: string): string[] {
  return hasSurrogates(line) ? splitAtomsByCodePoint(line) : splitAtomsByCodeUnit(line);
}

function hasSurrogates(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * splitAtoms for text without astral characters (nearly all of it), where every
 * character is one UTF-16 unit: the same rules on char codes and slices, with no
 * array of characters and no string per character. Runs for every new line wrapped.
 */
export function splitAtomsByCodeUnit(line: string): string[] {
  const atoms: string[] = [];
  let start = 0;
  let lastSolid = -1;
  let afterSpace = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      afterSpace = true;
      continue;
    }
    let mayBreak: boolean;
    if (afterSpace) {
      mayBreak = !NO_BREAK_BEFORE_CODE.has(c) && !clingsToPrevious(line, i, c) && !(lastSolid >= 0 && NO_BREAK_AFTER_CODE.has(lastSolid));
    } else if (i === 0) {
      mayBreak = false;
    } else {
      const prev = line.charCodeAt(i - 1);
      const before2 = i >= 2 ? line.charCodeAt(i - 2) : -1;
      mayBreak = breakInsideWordCode(before2, prev, c, line, i);
    }
    if (mayBreak && i > start) {
      atoms.push(line.slice(start, i));
      start = i;
    }
    lastSolid = c;
    afterSpace = false;
  }
  if (line.length > start) atoms.push(line.slice(start));
  return atoms;
}

/** breakInsideWord on char codes; -1 for no character. */
function breakInsideWordCode(before2: number, prev: number, next: number, line: string, at: number): boolean {
  if (NO_BREAK_BEFORE_CODE.has(next) || NO_BREAK_AFTER_CODE.has(prev) || clingsToPrevious(line, at, next)) return false;
  if (isCjkCode(prev) || isCjkCode(next)) return true;
  return BREAK_AFTER_IN_WORD_CODE.has(prev) && before2 !== -1 && !BREAK_AFTER_IN_WORD_CODE.has(before2)
    && !BREAK_AFTER_IN_WORD_CODE.has(next) && before2 !== SPACE && before2 !== TAB;
}

/** The general case, one code point at a time (astral characters take two units). */
export function splitAtomsByCodePoint(line: string): string[] {
  const atoms: string[] = [];
  const chars = [...line];
  let cur = "";
  let lastSolid: string | undefined;
  let afterSpace = false;
  chars.forEach((ch, i) => {
    if (isBreakingSpace(ch)) {
      cur += ch;
      afterSpace = true;
      return;
    }
    const prev = chars[i - 1];
    const mayBreak = afterSpace
      ? !NO_BREAK_BEFORE.has(ch) && !CLINGS_TO_PREVIOUS.test(ch) && !(lastSolid !== undefined && NO_BREAK_AFTER.has(lastSolid))
      : prev !== undefined && breakInsideWord(chars[i - 2], prev, ch);
    if (mayBreak && cur !== "") {
      atoms.push(cur);
      cur = "";
    }
    cur += ch;
    lastSolid = ch;
    afterSpace = false;
  });
  if (cur !== "") atoms.push(cur);
  return atoms;
}

/** Removes the ordinary spaces a line ends with (no-break spaces are content). */
export function trimBreakingSpaces(line: string): string {
  return line.replace(/[ \t]+$/, "");
}
