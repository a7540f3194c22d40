import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signFlipPValue } from '../../src/compare/sign-flip.js';

/** Every one of the 2^n sign patterns, counted directly. */
function bruteForce(values: number[], alternative: 'less' | 'greater'): number {
  const n = values.length;
  const observed = values.reduce((s, v) => s + v, 0);
  let hits = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (mask & (1 << i) ? 1 : -1) * Math.abs(values[i]);
    if (alternative === 'less' ? sum <= observed + 1e-9 : sum >= observed - 1e-9) hits += 1;
  }
  return hits / 2 ** n;
}

describe('signFlipPValue', () => {
  it.each<[number[], 'less' | 'greater', number]>([
    [[1, 1, 1, 1, 1], 'greater', 1 / 32],
    [[-1, -1, -1, -1, -1, -1], 'less', 1 / 64],
    [[1, -1, 2, 3], 'greater', 3 / 16],
    [[0, 0, 0], 'less', 1],
    [[], 'greater', 1],
  ])('%j, %s → %f', (values, alternative, p) => {
    expect(signFlipPValue(values, alternative)).toBeCloseTo(p, 12);
  });

  it('matches full enumeration, ties included (0/1 outcomes shifted by δ, judge scores in steps)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom<'less' | 'greater'>('less', 'greater'),
        (ints, alternative) => {
          const values = ints.map((i) => i / 20);
          expect(signFlipPValue(values, alternative)).toBeCloseTo(bruteForce(values, alternative), 10);
          // Thirds (3 trials) and a δ shift: sums that tie only up to float rounding.
          const thirds = ints.map((i) => (i % 4) / 3 + 0.02);
          expect(signFlipPValue(thirds, alternative)).toBeCloseTo(bruteForce(thirds, alternative), 10);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('decides 29 continuous values in well under a second', () => {
    const values = Array.from({ length: 29 }, (_, i) => Math.sin(i * 1.7) * 0.37 - 0.05);
    const p = signFlipPValue(values, 'less');
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
  });
});

describe('signFlipPValue with many distinct values', () => {
  it('agrees with full enumeration exactly', () => {
    // 18 distinct irrational-ish values: more distinct sums than the exact pass keeps.
    const values = Array.from({ length: 18 }, (_, i) => Math.sin(i * 2.3 + 0.4) * 0.6 - 0.08);
    for (const alternative of ['less', 'greater'] as const) {
      expect(signFlipPValue(values, alternative)).toBeCloseTo(bruteForce(values, alternative), 12);
    }
  });
});
