/*
 * "Did you mean" for misspelt names: suite keys, CLI options and commands. Its own module so the
 * CLI can use it without loading zod.
 */

/** The closest allowed key to a misspelt one, if it is close enough to be a plausible typo. */
export function suggestKey(word: string, candidates: readonly string[]): string | undefined {
  // Same letters in another case style (max_score_drop, maxScoreDrop) is always the intended key.
  const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const same = candidates.find((c) => squash(c) === squash(word));
  if (same) return same;
  const limit = word.length <= 4 ? 1 : 2;
  let best: { key: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d <= limit && (!best || d < best.d)) best = { key: c, d };
  }
  return best?.key;
}

/** Optimal string alignment distance: a swapped pair of letters counts as one edit. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
