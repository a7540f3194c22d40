import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/compare/distributions.js';
import {
  casesNeeded,
  crossingProbability,
  designOf,
  driftForPower,
  equalFractions,
  obrienFlemingSpending,
  planLooks,
  spendingBoundaries,
  takeLook,
} from '../../src/compare/sequential.js';

describe('Lan–DeMets O’Brien–Fleming-type boundaries', () => {
  // Published values (gsDesign, sfLDOF spending, one-sided α = 0.025,
  // equally spaced looks), to four decimals.
  it.each<[number, number[]]>([
    [1, [1.96]],
    [2, [2.9626, 1.9686]],
    [3, [3.7103, 2.5114, 1.993]],
    [4, [4.3326, 2.9631, 2.359, 2.0141]],
    [5, [4.8769, 3.3569, 2.6803, 2.2898, 2.031]],
  ])('%i looks at α = 0.025: %j', (looks, published) => {
    const bounds = spendingBoundaries(0.025, equalFractions(looks));
    bounds.forEach((b, k) => expect(Math.abs(b - published[k])).toBeLessThan(2e-4));
  });

  it('spends exactly α at no effect, and the spending function reaches α at t = 1', () => {
    for (const looks of [2, 5, 8]) {
      const f = equalFractions(looks);
      expect(crossingProbability(spendingBoundaries(0.025, f), f, 0)).toBeCloseTo(0.025, 6);
      expect(crossingProbability(spendingBoundaries(0.1, f), f, 0)).toBeCloseTo(0.1, 6);
    }
    expect(obrienFlemingSpending(0.025, 1)).toBe(0.025);
    expect(obrienFlemingSpending(0.025, 0.2) / 5.38871262905863e-7).toBeCloseTo(1, 8);
  });

  it('has the power of a fixed design with one look, and a small inflation with five', () => {
    const fixedDrift = normalQuantile(0.975) + normalQuantile(0.9);
    expect(crossingProbability([normalQuantile(0.975)], [1], fixedDrift)).toBeCloseTo(0.9, 6);
    const f = equalFractions(5);
    const theta = driftForPower(spendingBoundaries(0.025, f), f, 0.9);
    // gsDesign: the maximum sample of a 5-look O'Brien–Fleming design is 1.026 × the fixed one.
    expect((theta / fixedDrift) ** 2).toBeCloseTo(1.023, 2);
  });

  it('spends what is left at a final look that comes early (a cut sample)', () => {
    const early = spendingBoundaries(0.025, [0.2, 0.4, 0.5]);
    expect(early.slice(0, 2).map((b) => b.toFixed(3))).toEqual(['4.877', '3.357']);
    expect(crossingProbability(early, [0.2, 0.4, 0.5], 0)).toBeCloseTo(0.025, 6);
    const interim = spendingBoundaries(0.025, [0.2, 0.4, 0.5], false);
    expect(interim[2]).toBeGreaterThan(early[2]);
  });

  it('refuses fractions that do not increase', () => {
    expect(() => spendingBoundaries(0.025, [0.5, 0.5])).toThrow(/must increase/);
  });
});

describe('planLooks', () => {
  it.each<[number, number, number[]]>([
    [200, 5, [40, 80, 120, 160, 200]],
    [50, 5, [10, 20, 30, 40, 50]],
    [12, 5, [2, 5, 7, 10, 12]],
    [3, 5, [1, 2, 3]],
    [200, 1, [200]],
  ])('%i cases in %i batches → %j', (max, batches, looks) => {
    expect(planLooks(max, batches)).toEqual(looks);
  });
});

describe('takeLook', () => {
  const design = designOf({ maxCases: 200, batches: 5, confidence: 0.95, maxScoreDrop: 0.02, detectDrop: 0.1 });
  const noisy = (n: number, mean: number) => Array.from({ length: n }, (_, i) => mean + (i % 2 === 0 ? 0.3 : -0.3));

  it('fails when the drop is shown beyond δ, with the boundary of that look', () => {
    const look = takeLook(design, [40], noisy(40, -0.3), false);
    expect(look.failBound).toBeCloseTo(4.877, 2);
    expect(look.test.method).toBe('t');
    expect(look.crossed).toBe('fail');
  });

  it('passes when a drop of Δ is ruled out, and says nothing at a weak early look', () => {
    expect(takeLook(design, [40, 80, 120], noisy(120, 0), false).crossed).toBe('pass');
    expect(takeLook(design, [40], noisy(40, -0.04), false).crossed).toBeNull();
  });

  it('lets a regression win when both are shown (a drop between δ and Δ, measured precisely)', () => {
    const precise = Array.from({ length: 200 }, (_, i) => -0.05 + (i % 2 === 0 ? 0.01 : -0.01));
    expect(takeLook(design, [40, 80, 120, 160, 200], precise, true).crossed).toBe('fail');
  });

  it('uses the exact sign-flip test below 30 pairs: 5 pairs can never show a drop at 2.5%', () => {
    const small = designOf({ maxCases: 6, batches: 1, confidence: 0.95, maxScoreDrop: 0.02, detectDrop: 0.1 });
    const five = takeLook(small, [6], [-1, -1, -1, -1, -1], true);
    expect(five.test.method).toBe('sign-flip');
    expect(five.crossed).toBeNull();
    expect(takeLook(small, [6], [-1, -1, -1, -1, -1, -1], true).crossed).toBe('fail');
  });

  it('reads identical answers on both sides as a pass', () => {
    expect(takeLook(designOf({ maxCases: 20, batches: 1, confidence: 0.95, maxScoreDrop: 0.02, detectDrop: 0.1 }), [20], Array(20).fill(0), true).crossed).toBe(
      'pass',
    );
  });
});

describe('casesNeeded', () => {
  it('asks for about (z_α + z_β)² σ² / (Δ − δ)² cases, inflated for the looks', () => {
    const design = designOf({ maxCases: 200, batches: 5, confidence: 0.95, maxScoreDrop: 0.02, detectDrop: 0.1 });
    const fixed = ((normalQuantile(0.975) + normalQuantile(0.9)) * 0.45) ** 2 / 0.08 ** 2;
    const needed = casesNeeded(design, 0.45)!;
    expect(needed).toBeGreaterThan(fixed);
    expect(needed).toBeLessThan(fixed * 1.05);
  });
});
