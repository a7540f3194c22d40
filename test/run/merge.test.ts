import { describe, expect, it } from 'vitest';
import type { CaseResult, RunResults } from '../../src/results/schema.js';
import { mergeShards, shardFileName } from '../../src/run/merge.js';
import { shardSlice } from '../../src/run/sample.js';

const SAMPLE = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

function caseResult(id: string): CaseResult {
  return {
    id,
    tags: [],
    input: {},
    fingerprint: id,
    score: 1,
    status: 'pass',
    trials: [
      {
        trial: 0,
        status: 'pass',
        score: 1,
        checks: [],
        output: 'ok',
        steps: [],
        usage: { inputTokens: 10, cachedTokens: 0, outputTokens: 2 },
        costUsd: 0.001,
        latencyMs: 100,
        judgeUsage: { inputTokens: 0, cachedTokens: 0, outputTokens: 0 },
        judgeCostUsd: 0,
        cacheHits: 0,
        requests: 1,
      },
    ],
  };
}

function shardResults(side: 'base' | 'head', index: number, count: number, overrides: Partial<RunResults['meta']> = {}): RunResults {
  const ids = shardSlice(SAMPLE, { index, count });
  const cases = ids.map(caseResult);
  return {
    schema: 'evalgate-results',
    schemaVersion: 1,
    meta: {
      side,
      commit: side === 'base' ? 'b'.repeat(40) : 'h'.repeat(40),
      ref: null,
      suitePath: 'evals/evalgate.yaml',
      suiteName: 'evals',
      suiteFingerprint: 'fp',
      targetFingerprint: 'tf',
      seed: 1,
      trials: 1,
      totalCases: 10,
      sampleIds: SAMPLE,
      shard: { index, count },
      startedAt: `2026-11-27T10:0${index}:00.000Z`,
      finishedAt: `2026-11-27T10:1${index}:00.000Z`,
      durationMs: 1000 * index,
      cut: null,
      evalgateVersion: '0.1.0',
      ...overrides,
    },
    cases,
    totals: {
      cases: cases.length,
      passed: cases.length,
      failed: 0,
      errors: 0,
      usage: { inputTokens: 10 * cases.length, cachedTokens: 0, outputTokens: 2 * cases.length },
      costUsd: 0.001 * cases.length,
      judgeUsage: { inputTokens: 0, cachedTokens: 0, outputTokens: 0 },
      judgeCostUsd: 0,
      requests: cases.length,
      cacheHits: 0,
      unknownPriceModels: [],
    },
  };
}

function files(count: number, only?: number[]) {
  return (['base', 'head'] as const).flatMap((side) =>
    Array.from({ length: count }, (_, i) => i + 1)
      .filter((i) => !only || only.includes(i))
      .map((i) => ({ name: shardFileName(side, { index: i, count }), results: shardResults(side, i, count) })),
  );
}

describe('mergeShards', () => {
  it('joins every shard into the full sample, in sample order, with totals recomputed', () => {
    const { base, head } = mergeShards(files(3));
    expect(head.cases.map((c) => c.id)).toEqual(SAMPLE);
    expect(base.cases.map((c) => c.id)).toEqual(SAMPLE);
    expect(head.totals.cases).toBe(7);
    expect(head.totals.costUsd).toBeCloseTo(0.007);
    expect(head.meta.shard).toBeNull();
    expect(head.meta.durationMs).toBe(3000);
  });

  it('refuses a missing shard and names it', () => {
    expect(() => mergeShards(files(3, [1, 3]))).toThrow(/shard 2 of 3 are missing/);
  });

  it('refuses a case evaluated by two shards', () => {
    const all = files(2);
    const dup = { name: 'evalgate-shard-2-of-2.head.json', results: shardResults('head', 2, 2) };
    dup.results.cases.push(caseResult('a'));
    const withDup = all.map((f) => (f.name === dup.name ? dup : f));
    expect(() => mergeShards(withDup)).toThrow(/case a appears in both/);
  });

  it('refuses shards of different splits or suites', () => {
    const mixed = [...files(2), { name: shardFileName('head', { index: 1, count: 3 }), results: shardResults('head', 1, 3) }];
    expect(() => mergeShards(mixed)).toThrow(/different splits/);
    const other = files(2).map((f, i) =>
      i === 1 ? { ...f, results: { ...f.results, meta: { ...f.results.meta, suiteFingerprint: 'other' } } } : f,
    );
    expect(() => mergeShards(other)).toThrow(/different suite/);
  });

  it('refuses an empty directory and stray files with a clear message', () => {
    expect(() => mergeShards([])).toThrow(/no shard results found/);
    expect(() => mergeShards([{ name: 'evalgate-results.json', results: shardResults('head', 1, 1) }])).toThrow(/not a shard results file/);
  });
});
