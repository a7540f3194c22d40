import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile, tToZ } from '../../src/compare/distributions.js';

// Reference values from scipy.stats (norm.cdf, norm.ppf, t.cdf, t.ppf), printed to 16 digits.
describe('normal distribution', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517795],
    [-3, 0.0013498980316301035],
    [-6, 9.865876450376946e-10],
    [8, 0.9999999999999993],
  ])('Φ(%f) = %f', (x, p) => {
    expect(normalCdf(x)).toBeCloseTo(p, 14);
    expect(Math.abs(normalCdf(x) - p) / Math.min(p, 1 - p || 1)).toBeLessThan(1e-8);
  });

  it.each([
    [0.975, 1.959963984540054],
    [0.9, 1.2815515655446004],
    [0.5, 0],
    [1e-10, -6.361340902404056],
    [0.025, -1.959963984540054],
  ])('Φ⁻¹(%f) = %f', (p, x) => {
    expect(normalQuantile(p)).toBeCloseTo(x, 8);
  });

  it('inverts its CDF across the range', () => {
    // Above 6 the upper tail is below 1e-9 and 1 − p itself carries the rounding of p.
    for (let x = -7; x <= 6; x += 0.37) expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 7);
  });
});

describe('Student t distribution', () => {
  it.each([
    [2, 5, 0.9490302605850709],
    [-1, 1, 0.25],
    [0.5, 29, 0.6895759579031093],
    [3.5, 100, 0.9996517861413219],
  ])('F(%f; %i df) = %f', (t, df, p) => {
    expect(studentTCdf(t, df)).toBeCloseTo(p, 12);
  });

  it.each([
    [0.975, 10, 2.228138851986274],
    [0.975, 1, 12.706204736174694],
    [0.05, 29, -1.6991270265334977],
    [0.975, 199, 1.9719565442517533],
  ])('t⁻¹(%f; %i df) = %f', (p, df, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 8);
  });

  it('maps a t statistic to the z with the same tail', () => {
    expect(tToZ(2.228138851986274, 10)).toBeCloseTo(1.959963984540054, 8);
    expect(tToZ(-2.228138851986274, 10)).toBeCloseTo(-1.959963984540054, 8);
    expect(tToZ(Number.POSITIVE_INFINITY, 10)).toBe(Number.POSITIVE_INFINITY);
    expect(tToZ(0, 10)).toBeCloseTo(0, 12);
  });
});
