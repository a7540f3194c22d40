/** One run of words in a word diff: kept on both sides, only in base (removed), or only in head (added). */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * Above this many words per side the O(n·m) table is not built: such outputs are shown side by
 * side instead (the caller gets null). Outputs in the comment are cut to a few thousand characters.
 */
export const MAX_DIFF_WORDS = 1_500;

/** Words, each with the whitespace before it, so joining the parts gives the text back. */
function words(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

/**
 * A word diff of `base` against `head` by longest common subsequence of words (whitespace does not
 * count as a difference). Outputs are short, so a plain LCS is enough and needs no dependency.
 * Null when either side has more than MAX_DIFF_WORDS words.
 */
export function wordDiff(base: string, head: string): DiffPart[] | null {
  const a = words(base);
  const b = words(head);
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) return null;
  const key = (w: string): string => w.trim();
  // lcs[i][j]: length of the LCS of a[i..] and b[j..].
  const lcs: Uint16Array[] = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = key(a[i]) === key(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string): void => {
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && key(a[i]) === key(b[j])) {
      // The word with whichever side's whitespace is not empty, so it never glues to a removed word.
      push('same', /^\s/.test(b[j]) || !/^\s/.test(a[i]) ? b[j] : a[i]);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // Removed before added, as diffs read: what base said, then what head says instead.
      push('removed', a[i++]);
    } else {
      push('added', b[j++]);
    }
  }
  return parts;
}

/** Share of words the two sides have in common (0..1): 2·same / (base words + head words). */
export function similarity(parts: readonly DiffPart[]): number {
  const n = (kind: DiffPart['kind']): number => parts.filter((p) => p.kind === kind).reduce((sum, p) => sum + words(p.text).length, 0);
  const same = n('same');
  const all = 2 * same + n('removed') + n('added');
  return all === 0 ? 1 : (2 * same) / all;
}
