import { describe, expect, it } from 'vitest';
import type { CaseResult, RunResults } from '../../src/results/schema.js';
import { incompleteMergeDecision, mergeShards, shardFileName, type MergeExpectation } from '../../src/run/merge.js';
import { shardSlice } from '../../src/run/sample.js';

const SAMPLE = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const FP = '0123456789abcdef';
const fingerprintOf = (id: string) => id.charCodeAt(0).toString(16).padStart(16, '0');
const EXPECTED: MergeExpectation = {
  suiteFingerprint: FP,
  caseFingerprints: new Map(SAMPLE.map((id) => [id, fingerprintOf(id)])),
  sampleIds: SAMPLE,
  seed: 1,
  trials: 1,
  baseSha: BASE_SHA,
  headSha: HEAD_SHA,
};
const merge = (f: { name: string; results: RunResults }[], expected: Partial<MergeExpectation> = {}) => mergeShards(f, { ...EXPECTED, ...expected });

function caseResult(id: string): CaseResult {
  return {
    id,
    tags: [],
    input: {},
    fingerprint: fingerprintOf(id),
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
      commit: side === 'base' ? BASE_SHA : HEAD_SHA,
      ref: null,
      suitePath: 'evals/evalgate.yaml',
      suiteName: 'evals',
      suiteFingerprint: FP,
      targetFingerprint: 'fedcba9876543210',
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

/** Shard files of a suite whose sample starts at `offset` in the union of several suites' samples. */
function offsetFiles(count: number, offset: number) {
  return (['base', 'head'] as const).flatMap((side) =>
    Array.from({ length: count }, (_, i) => i + 1).map((index) => {
      const results = shardResults(side, index, count);
      const cases = shardSlice(SAMPLE, { index, count }, offset).map(caseResult);
      return { name: shardFileName(side, { index, count }), results: { ...results, cases, totals: { ...results.totals, cases: cases.length } } };
    }),
  );
}

describe('mergeShards of one suite among several', () => {
  it("takes the slices at the suite's offset in the union, and refuses them at another offset", () => {
    const { head } = merge(offsetFiles(3, 2), { offset: 2 });
    expect(head.cases.map((c) => c.id)).toEqual(SAMPLE);
    expect(() => merge(offsetFiles(3, 2), { offset: 0 })).toThrow(/belongs to shard \d, not \d/);
  });
});

describe('mergeShards', () => {
  it('joins every shard into the full sample, in sample order, with totals recomputed', () => {
    const { base, head } = merge(files(3));
    expect(head.cases.map((c) => c.id)).toEqual(SAMPLE);
    expect(base.cases.map((c) => c.id)).toEqual(SAMPLE);
    expect(head.totals.cases).toBe(7);
    expect(head.totals.costUsd).toBeCloseTo(0.007);
    expect(head.meta.shard).toBeNull();
    expect(head.meta.durationMs).toBe(3000);
  });

  it('refuses a missing shard and names it', () => {
    expect(() => merge(files(3, [1, 3]))).toThrow(/shard 2 of 3 are missing/);
  });

  it('refuses a case evaluated twice, in its own shard or in another', () => {
    const all = files(2);
    const dup = { name: 'evalgate-shard-1-of-2.head.json', results: shardResults('head', 1, 2) };
    dup.results.cases.push(caseResult('a'));
    expect(() => merge(all.map((f) => (f.name === dup.name ? dup : f)))).toThrow(/case a appears in both/);
    const other = { name: 'evalgate-shard-2-of-2.head.json', results: shardResults('head', 2, 2) };
    other.results.cases.push(caseResult('a'));
    expect(() => merge(all.map((f) => (f.name === other.name ? other : f)))).toThrow(/case a belongs to shard 1, not 2/);
  });

  it('refuses shards of different splits or suites', () => {
    const mixed = [...files(2), { name: shardFileName('head', { index: 1, count: 3 }), results: shardResults('head', 1, 3) }];
    expect(() => merge(mixed)).toThrow(/different splits/);
    const other = files(2).map((f, i) =>
      i === 1 ? { ...f, results: { ...f.results, meta: { ...f.results.meta, suiteFingerprint: 'ffffffffffffffff' } } } : f,
    );
    expect(() => merge(other)).toThrow(/another suite than the head suite's/);
  });

  it('refuses an empty directory and stray files with a clear message', () => {
    expect(() => merge([])).toThrow(/no shard results found/);
    expect(() => merge([{ name: 'evalgate-results.json', results: shardResults('head', 1, 1) }])).toThrow(/not a shard results file/);
  });

  const tamper = (name: string, change: (r: RunResults) => void) =>
    files(2).map((f) => {
      if (f.name !== name) return f;
      const results = structuredClone(f.results);
      change(results);
      return { ...f, results };
    });

  it.each<{ name: string; change: (r: RunResults) => void; error: RegExp }>([
    { name: 'a commit that is an option', change: (r) => void (r.meta.commit = '--output=pwned'), error: /commit "--output=pwned" is not a full commit id/ },
    { name: 'a commit that is a ref', change: (r) => void (r.meta.commit = 'main'), error: /not a full commit id/ },
    {
      name: 'another commit than the event names',
      change: (r) => void (r.meta.commit = 'd'.repeat(40)),
      error: /evaluated dddddddddddd, but the head commit is cccccccccccc/,
    },
    {
      name: 'a sample that leaves cases out',
      change: (r) => void (r.meta.sampleIds = SAMPLE.slice(0, 4)),
      error: /sampled other cases than the head suite gives/,
    },
    { name: 'another seed', change: (r) => void (r.meta.seed = 2), error: /sampled other cases/ },
    { name: 'a case of another shard’s slice', change: (r) => void r.cases.push(caseResult('b')), error: /case b belongs to shard 2, not 1/ },
    { name: 'a case outside the sample', change: (r) => void r.cases.push(caseResult('zz')), error: /case "zz" is not in the sample/ },
    {
      name: 'a case graded by other checks',
      change: (r) => void (r.cases[0].fingerprint = 'ffffffffffffffff'),
      error: /case a was evaluated with another definition/,
    },
    {
      name: 'a file whose name and shard disagree',
      change: (r) => void (r.meta.shard = { index: 2, count: 2 }),
      error: /says it is shard 2\/2, its name says 1\/2/,
    },
    { name: 'a file whose name and side disagree', change: (r) => void (r.meta.side = 'base'), error: /holds base results, its name says head/ },
    { name: 'a shard that silently drops a case', change: (r) => void r.cases.pop(), error: /head results lack 1 sampled cases/ },
  ])('refuses $name', ({ change, error }) => {
    expect(() => merge(tamper('evalgate-shard-1-of-2.head.json', change))).toThrow(error);
  });

  it('a shard that claims a budget cut may lack cases, and the merge says which', () => {
    const cut = tamper('evalgate-shard-1-of-2.head.json', (r) => {
      r.cases = r.cases.slice(0, 1);
      r.meta.cut = { reason: 'max-cost reached', completed: 1, planned: 4 };
    });
    const merged = merge(cut);
    expect(merged.missing).toEqual(['c', 'e', 'g']);
    expect(merged.head.meta.cut).toMatchObject({ completed: 4, planned: 7 });
  });

  it('merges 20,000 cases over 50 shards, in sample order', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `case-${i}`);
    const count = 50;
    const big = (['base', 'head'] as const).flatMap((side) =>
      Array.from({ length: count }, (_, i) => {
        const results = shardResults(side, i + 1, count, { sampleIds: ids });
        results.cases = shardSlice(ids, { index: i + 1, count }).map((id) => ({ ...caseResult(id), fingerprint: FP }));
        return { name: shardFileName(side, { index: i + 1, count }), results };
      }),
    );
    const merged = merge(big, { sampleIds: ids, caseFingerprints: new Map(ids.map((id) => [id, FP])) });
    expect(merged.head.cases.map((c) => c.id)).toEqual(ids);
    expect(merged.missing).toEqual([]);
  });
});

describe('incompleteMergeDecision: a merge that lacks cases is never green', () => {
  const verdict = (decision: 'pass' | 'fail' | 'inconclusive' | 'error') => ({ decision, reasons: ['why'] });
  it.each([
    { decision: 'pass', missing: ['a'], expected: 'error' },
    { decision: 'inconclusive', missing: ['a'], expected: 'error' },
    { decision: 'fail', missing: ['a'], expected: 'fail' },
    { decision: 'error', missing: ['a'], expected: 'error' },
    { decision: 'pass', missing: [], expected: 'pass' },
  ] as const)('$decision with $missing.length missing → $expected', ({ decision, missing, expected }) => {
    const out = incompleteMergeDecision(verdict(decision), missing, 7);
    expect(out.decision).toBe(expected);
    if (expected !== decision) expect(out.reasons[0]).toMatch(/1 of 7 sampled cases are missing .*cannot pass/);
  });
});
