import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DIFF_WORDS, similarity, wordDiff } from '../../src/report/word-diff.js';

const side = (parts: ReturnType<typeof wordDiff>, drop: 'added' | 'removed'): string =>
  (parts ?? [])
    .filter((p) => p.kind !== drop)
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks the words that changed, removed before added', () => {
    expect(wordDiff('within 30 days', 'within 60 days')).toEqual([
      { kind: 'same', text: 'within' },
      { kind: 'removed', text: ' 30' },
      { kind: 'added', text: ' 60' },
      { kind: 'same', text: ' days' },
    ]);
  });

  it('gives both texts back (up to whitespace between words)', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'refund', '30', 'days.', '—'), { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, words, (base, head) => {
        const parts = wordDiff(base, head);
        const norm = (t: string) => t.trim().split(/\s+/).join(' ');
        expect(norm(side(parts, 'added'))).toBe(norm(base));
        expect(norm(side(parts, 'removed'))).toBe(norm(head));
      }),
    );
  });

  it('measures how much two outputs share', () => {
    expect(similarity(wordDiff('a b c d', 'a b c d')!)).toBe(1);
    expect(similarity(wordDiff('a b c d', 'w x y z')!)).toBe(0);
    expect(similarity(wordDiff('a b c d', 'a b x y')!)).toBe(0.5);
  });

  it('declines outputs too long for a word table', () => {
    expect(wordDiff('w '.repeat(MAX_DIFF_WORDS + 1), 'w')).toBeNull();
  });
});
