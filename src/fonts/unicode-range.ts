// Parses the CSS unicode-range strings of @fontsource's unicode.json
// ("U+0000-00FF,U+0131,U+1F1E6-1F1FF") into inclusive code point intervals.

export interface CodePointRange {
  from: number;
  to: number;
}

export function parseUnicodeRange(css: string): CodePointRange[] {
  const ranges: CodePointRange[] = [];
  for (const raw of css.split(",")) {
    const part = raw.trim().replace(/^U\+/i, "");
    if (part === "") continue;
    if (part.includes("?")) {
      // Wildcard form U+4??: lowest and highest values of the masked digits.
      ranges.push({ from: parseInt(part.replace(/\?/g, "0"), 16), to: parseInt(part.replace(/\?/g, "F"), 16) });
      continue;
    }
    const [lo, hi] = part.split("-");
    const from = parseInt(lo, 16);
    const to = hi === undefined ? from : parseInt(hi, 16);
    if (Number.isNaN(from) || Number.isNaN(to)) continue;
    ranges.push({ from, to });
  }
  return ranges;
}

export function rangesContain(ranges: readonly CodePointRange[], codePoint: number): boolean {
  for (const r of ranges) if (codePoint >= r.from && codePoint <= r.to) return true;
  return false;
}
