// Did-you-mean: the closest candidate by optimal-string-alignment distance
// (Damerau-Levenshtein with adjacent transpositions), so `confidental` suggests
// `confidential` and `in-progress` suggests `in_progress`.

/** Edit distance counting insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[rows - 1][cols - 1];
}

/** Normalises case and separators so `In-Progress` is as close as `in_progress`. */
function normalise(s: string): string {
  return s.toLowerCase().replace(/[\s-]+/g, "_");
}

/**
 * The candidate closest to `word`, or undefined when none is close enough to be
 * a plausible typo (at most a third of the word's length, and at most 3 edits).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const target = normalise(word);
  const limit = Math.min(3, Math.max(1, Math.floor(target.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(target, normalise(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
