import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/compare/random.js';
import { mcnemarExact, mean, pairedBootstrap, percentile } from '../../src/compare/stats.js';

describe('mcnemarExact', () => {
  it.each<{ b: number; c: number; p: number }>([
    { b: 0, c: 0, p: 1 },
    { b: 0, c: 5, p: 0.0625 }, // 2 · (1/32)
    { b: 5, c: 0, p: 0.0625 },
    { b: 1, c: 9, p: 0.021484375 }, // 2 · 11/1024
    { b: 9, c: 1, p: 0.021484375 },
    { b: 5, c: 5, p: 1 },
    { b: 2, c: 8, p: 0.109375 }, // 2 · 56/1024
    { b: 0, c: 1, p: 1 },
    { b: 3, c: 12, p: 0.03515625 }, // 2 · 576/32768
  ])('b=$b, c=$c → p=$p', ({ b, c, p }) => {
    expect(mcnemarExact(b, c)).toBeCloseTo(p, 12);
  });

  it('stays finite and in (0, 1] for b + c = 10,000', () => {
    const balanced = mcnemarExact(4950, 5050);
    expect(balanced).toBeGreaterThan(0.3);
    expect(balanced).toBeLessThan(0.35); // normal approximation: 2·Φ(−0.99) ≈ 0.32
    const lopsided = mcnemarExact(4000, 6000);
    expect(Number.isFinite(lopsided)).toBe(true);
    expect(lopsided).toBeGreaterThan(0);
    expect(lopsided).toBeLessThan(1e-80);
  });
});

describe('percentile (linear interpolation, type 7)', () => {
  it.each<{ values: number[]; p: number; expected: number }>([
    { values: [1, 2, 3, 4], p: 0.5, expected: 2.5 },
    { values: [4, 1, 3, 2], p: 0.5, expected: 2.5 },
    { values: [1, 2, 3, 4, 5], p: 0.5, expected: 3 },
    { values: [10, 20, 30, 40, 50], p: 0.95, expected: 48 },
    { values: [7], p: 0.95, expected: 7 },
    { values: [1, 2], p: 0, expected: 1 },
    { values: [1, 2], p: 1, expected: 2 },
  ])('$values at $p → $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 12);
  });

  it('is NaN for no values, as is the mean', () => {
    expect(percentile([], 0.5)).toBeNaN();
    expect(mean([])).toBeNaN();
    expect(mean([1, 2, 6])).toBe(3);
  });
});

describe('pairedBootstrap', () => {
  const deltas = [-0.2, 0.1, 0, -0.5, 0.3, -0.1, 0, 0.2, -0.3, -0.1];

  it('is deterministic for a seed and varies with it', () => {
    const a = pairedBootstrap(deltas, { confidence: 0.95, seed: 7 });
    const b = pairedBootstrap(deltas, { confidence: 0.95, seed: 7 });
    const c = pairedBootstrap(deltas, { confidence: 0.95, seed: 8 });
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect(a.mean).toBeCloseTo(-0.06, 12);
    expect(a.low).toBeLessThan(a.mean);
    expect(a.high).toBeGreaterThan(a.mean);
  });

  it('widens with the confidence level', () => {
    const narrow = pairedBootstrap(deltas, { confidence: 0.8, seed: 1 });
    const wide = pairedBootstrap(deltas, { confidence: 0.99, seed: 1 });
    expect(wide.low).toBeLessThan(narrow.low);
    expect(wide.high).toBeGreaterThan(narrow.high);
  });

  it('raises a resample count below 2,000 to the minimum', () => {
    expect(pairedBootstrap(deltas, { resamples: 10, confidence: 0.95, seed: 3 })).toEqual(
      pairedBootstrap(deltas, { resamples: 2000, confidence: 0.95, seed: 3 }),
    );
  });

  it.each<{ name: string; values: number[]; expected: { mean: number; low: number; high: number } }>([
    { name: 'no deltas', values: [], expected: { mean: 0, low: 0, high: 0 } },
    { name: 'one delta', values: [-0.25], expected: { mean: -0.25, low: -0.25, high: -0.25 } },
    { name: 'identical deltas', values: [0.1, 0.1, 0.1], expected: { mean: 0.1, low: 0.1, high: 0.1 } },
  ])('$name → $expected', ({ values, expected }) => {
    const result = pairedBootstrap(values, { confidence: 0.95, seed: 1 });
    expect(result.mean).toBeCloseTo(expected.mean, 12);
    expect(result.low).toBeCloseTo(expected.low, 12);
    expect(result.high).toBeCloseTo(expected.high, 12);
  });

  it('covers the true mean at about the stated rate', () => {
    const rng = createRng(2024);
    const trueMean = -0.03;
    const repetitions = 200;
    let covered = 0;
    for (let r = 0; r < repetitions; r++) {
      // Per-case deltas of binary checks: −1, 0 or +1, skewed towards a drop.
      const sample = Array.from({ length: 60 }, () => {
        const u = rng.next();
        return u < 0.13 ? -1 : u < 0.23 ? 1 : 0;
      });
      const { low, high } = pairedBootstrap(sample, { confidence: 0.9, seed: r });
      if (low <= trueMean && trueMean <= high) covered += 1;
    }
    // Binomial s.d. of the coverage over 200 repetitions ≈ 0.021; percentile intervals run a little narrow.
    expect(covered / repetitions).toBeGreaterThan(0.83);
    expect(covered / repetitions).toBeLessThan(0.96);
  });
});

describe('createRng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const ints = Array.from({ length: 1000 }, () => a.int(7));
    expect(new Set(ints)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
  });
});
