import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/compare/random.js';
import { mcnemarExact, mean, percentile } from '../../src/compare/stats.js';

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
