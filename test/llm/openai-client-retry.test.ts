import { describe, expect, it } from 'vitest';
import type { ErrorKind } from '../../src/results/schema.js';
import { DEFAULT_RETRY_POLICY, isRetryableKind, parseRetryAfter, retryDelayMs, shouldRetry, type RetryDecision } from '../../src/llm/retry.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');

describe('parseRetryAfter', () => {
  const cases: { name: string; headers: Record<string, string>; expected: number | null }[] = [
    { name: 'seconds', headers: { 'retry-after': '3' }, expected: 3000 },
    { name: 'fractional seconds', headers: { 'retry-after': '0.5' }, expected: 500 },
    { name: 'retry-after-ms wins', headers: { 'retry-after': '3', 'retry-after-ms': '1200' }, expected: 1200 },
    { name: 'HTTP date', headers: { 'retry-after': 'Sun, 01 Jun 2025 12:00:07 GMT' }, expected: 7000 },
    { name: 'date in the past', headers: { 'retry-after': 'Sun, 01 Jun 2025 11:00:00 GMT' }, expected: 0 },
    { name: 'garbage', headers: { 'retry-after': 'soon' }, expected: null },
    { name: 'absent', headers: {}, expected: null },
    { name: 'bad ms falls back to seconds', headers: { 'retry-after-ms': 'x', 'retry-after': '1' }, expected: 1000 },
  ];
  it.each(cases)('$name', ({ headers, expected }) => {
    expect(parseRetryAfter(new Headers(headers), NOW)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  const policy = DEFAULT_RETRY_POLICY;
  const cases: { attempt: number; retryAfter: number | null; random: number; expected: number }[] = [
    { attempt: 1, retryAfter: null, random: 0, expected: 250 },
    { attempt: 1, retryAfter: null, random: 1, expected: 500 },
    { attempt: 3, retryAfter: null, random: 0, expected: 1000 },
    { attempt: 10, retryAfter: null, random: 1, expected: 20_000 },
    { attempt: 10, retryAfter: null, random: 0, expected: 10_000 },
    { attempt: 1, retryAfter: 4000, random: 0, expected: 4000 },
    { attempt: 1, retryAfter: 4000, random: 1, expected: 4100 },
  ];
  it.each(cases)('attempt $attempt, Retry-After $retryAfter, random $random → $expected ms', ({ attempt, retryAfter, random, expected }) => {
    expect(retryDelayMs(attempt, retryAfter, policy, () => random)).toBe(expected);
  });
});

describe('shouldRetry', () => {
  const cases: { attempt: number; decision: RetryDecision; expected: boolean }[] = [
    { attempt: 1, decision: { retryable: true, retryAfterMs: null }, expected: true },
    { attempt: 3, decision: { retryable: true, retryAfterMs: null }, expected: true },
    { attempt: 4, decision: { retryable: true, retryAfterMs: null }, expected: false },
    { attempt: 1, decision: { retryable: false, retryAfterMs: null }, expected: false },
    { attempt: 1, decision: { retryable: true, retryAfterMs: 120_000 }, expected: true },
    { attempt: 1, decision: { retryable: true, retryAfterMs: 120_001 }, expected: false },
  ];
  it.each(cases)('attempt $attempt of 4, $decision → $expected', ({ attempt, decision, expected }) => {
    expect(shouldRetry(attempt, decision, DEFAULT_RETRY_POLICY)).toBe(expected);
  });
});

describe('isRetryableKind', () => {
  const cases: [ErrorKind, boolean][] = [
    ['rate-limit', true],
    ['server-error', true],
    ['timeout', true],
    ['network', true],
    ['bad-response', false],
    ['other', false],
    ['replay-miss', false],
  ];
  it.each(cases)('%s → %s', (kind, expected) => {
    expect(isRetryableKind(kind)).toBe(expected);
  });
});
