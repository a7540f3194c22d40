import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, nestingDepth, nestingProblem } from '../../src/util/nesting.js';

const nested = (n: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = i % 2 === 0 ? [v] : { k: v };
  return v;
};

describe('nestingDepth', () => {
  it.each([
    [1, 0],
    ['text', 0],
    [null, 0],
    [[], 1],
    [{ a: [1, { b: 2 }] }, 3],
  ] as const)('%j is %i deep', (value, depth) => {
    expect(nestingDepth(value)).toBe(depth);
  });

  it('measures 100,000 levels without overflowing the stack, stopping past the limit', () => {
    expect(nestingDepth(nested(100_000))).toBe(MAX_NESTING_DEPTH + 1);
    expect(nestingDepth(nested(100_000), 200_000)).toBe(100_000);
  });

  it('names the limit only past it', () => {
    expect(nestingProblem(nested(MAX_NESTING_DEPTH), 'x')).toBeNull();
    expect(nestingProblem(nested(MAX_NESTING_DEPTH + 1), 'this case')).toMatch(/^this case is nested more than 100 levels deep/);
  });
});
