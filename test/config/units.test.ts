import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits, parseDurationMs, parsePercent } from '../../src/util/units.js';

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

describe('groupDigits', () => {
  it.each<[number, string]>([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
    [-1234, '-1,234'],
    [1234.6, '1,235'],
  ])('%d → %s', (n, text) => {
    expect(groupDigits(n)).toBe(text);
  });

  it('reads as en-US number formatting does, for any whole number', () => {
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => groupDigits(n) === n.toLocaleString('en-US')));
  });
});
