import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backtracksCatastrophically, compileSafeRegex, safeRegexProblem } from '../../src/util/safe-regex.js';

interface Parity {
  pattern: string;
  flags: string;
  text: string;
}

/** Patterns users write; the linear-time engine must agree with JavaScript on each. */
const parity: Parity[] = [
  { pattern: 'refund', flags: '', text: 'you get a refund' },
  { pattern: '^\\d{3}-\\d{4}$', flags: '', text: '555-1234' },
  { pattern: '^\\d{3}-\\d{4}$', flags: '', text: 'call 555-1234' },
  { pattern: 'SORRY', flags: 'i', text: 'I am sorry' },
  { pattern: '^b', flags: 'm', text: 'a\nb' },
  { pattern: 'a.b', flags: 's', text: 'a\nb' },
  { pattern: 'a.b', flags: '', text: 'a\nb' },
  { pattern: '(?<year>\\d{4})-\\d\\d', flags: '', text: 'on 2024-05' },
  { pattern: '(?<!not )allowed', flags: '', text: 'not allowed' },
  { pattern: '\\bcat\\b', flags: '', text: 'concatenate' },
  { pattern: '\\u00e9t\\u00e9', flags: '', text: 'un été' },
  { pattern: '\\p{Lu}{2,}', flags: 'u', text: 'an ACME product' },
  { pattern: '[^]x', flags: '', text: '\nx' },
  { pattern: '😀+', flags: 'u', text: 'so 😀😀' },
];

describe('compileSafeRegex', () => {
  it.each(parity)('/$pattern/$flags on $text agrees with JavaScript', ({ pattern, flags, text }) => {
    const js = new RegExp(pattern, flags).exec(text);
    const safe = compileSafeRegex(pattern, flags).exec(text);
    expect(safe && { match: safe.match, index: safe.index }).toEqual(js && { match: js[0], index: js.index });
    expect(compileSafeRegex(pattern, flags).test(text)).toBe(js !== null);
  });

  it('replaces every match like a g RegExp, groups included, and skips nothing on empty matches', () => {
    const pairs: [string, string][] = [
      ['a*', 'xaay'],
      ['(\\d)(x)?', 'a1b2x'],
      ['ACME-[0-9]{6}', 'ids ACME-123456 and ACME-654321'],
    ];
    for (const [pattern, text] of pairs) {
      const replacer = (m: string, ...rest: unknown[]): string => `<${m}|${String(rest[0])}>`;
      expect(text.replace(compileSafeRegex(pattern, 'g'), replacer)).toBe(text.replace(new RegExp(pattern, 'g'), replacer));
    }
  });

  it('agrees with JavaScript on literal-ish patterns over arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('ab', 'a+b', '[a-c]{2}', '^a', 'b$', '\\d+', 'a|bc'), (text, pattern) => {
        expect(compileSafeRegex(pattern).test(text)).toBe(new RegExp(pattern).test(text));
      }),
    );
  });

  it.each([
    { pattern: '^(?!.*sorry)', says: '(?!' },
    { pattern: '(\\w)\\1', says: '\\1' },
    { pattern: 'a{1001}', says: '{1001}' },
  ])('refuses $pattern, saying why and what to write instead', ({ pattern, says }) => {
    const problem = safeRegexProblem(pattern);
    expect(problem).toContain('linear-time engine');
    expect(problem).toContain('not-regex');
    expect(problem).toContain(says);
  });

  it("keeps JavaScript's own message for a JavaScript syntax error, and rejects unknown flags", () => {
    expect(safeRegexProblem('(a')).toBe('Invalid regular expression: /(a/: Unterminated group');
    expect(safeRegexProblem('a', 'x')).toMatch(/Invalid flags/);
  });
});

describe('backtracksCatastrophically', () => {
  it.each([
    ['^(\\w+\\s?)*$', true],
    ['(a+)+b', true],
    ['ACME-[0-9]{6}', false],
    ['^\\d{3}-\\d{4}$', false],
  ] as const)('%s → %s', (pattern, expected) => {
    expect(backtracksCatastrophically(pattern)).toBe(expected);
  });
});
