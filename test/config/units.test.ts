import { describe, expect, it } from 'vitest';
import { parseDurationMs, parsePercent } from '../../src/util/units.js';

describe('parseDurationMs', () => {
  it.each<[number | string, number]>([
    [20, 20_000],
    [0.5, 500],
    [0, 0],
    ['500ms', 500],
    ['20s', 20_000],
    ['1.5s', 1_500],
    ['2m', 120_000],
    ['20 s', 20_000],
  ])('%j → %d ms', (input, ms) => {
    expect(parseDurationMs(input)).toBe(ms);
  });

  it.each<[number | string, string]>([
    ['20', 'expected a duration such as "500ms", "20s" or "2m", got "20"'],
    ['2h', 'got "2h"'],
    ['fast', 'got "fast"'],
    [-1, 'expected a non-negative number of seconds, got -1'],
    [Number.NaN, 'got NaN'],
  ])('rejects %j', (input, message) => {
    expect(() => parseDurationMs(input)).toThrow(message);
  });
});

describe('parsePercent', () => {
  it.each<[number | string, number]>([
    ['25%', 0.25],
    ['0%', 0],
    ['150%', 1.5],
    ['12.5 %', 0.125],
    [0.25, 0.25],
    [2, 2],
  ])('%j → %d', (input, fraction) => {
    expect(parsePercent(input)).toBeCloseTo(fraction, 12);
  });

  it.each<[number | string, string]>([
    ['25', 'expected a percentage such as "25%", got "25"'],
    ['a lot', 'got "a lot"'],
    [-0.1, 'expected a non-negative fraction, got -0.1'],
  ])('rejects %j', (input, message) => {
    expect(() => parsePercent(input)).toThrow(message);
  });
});
