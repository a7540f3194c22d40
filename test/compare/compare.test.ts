import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/compare/compare.js';
import { asReplayed, totalsOf } from '../../src/results/totals.js';
import type { CaseClass } from '../../src/compare/types.js';
import { caseResult, errored, failing, ids, passing, run } from '../support/builders.js';

const settings = { confidence: 0.95, trafficCallsPerMonth: null };

describe('compareRuns: case classes', () => {
  const base = run('base', [passing('a'), passing('b'), failing('c'), failing('d'), passing('e'), errored('f', 'rate-limit'), passing('removed-at-head')]);
  const head = run('head', [passing('a'), failing('b'), passing('c'), failing('d'), errored('e', 'timeout'), passing('f'), passing('g'), failing('h')]);
  const result = compareRuns({ base, head, ...settings });
  const classOf = (id: string): CaseClass | undefined => result.cases.find((c) => c.id === id)?.class;

  it.each<{ id: string; expected: CaseClass }>([
    { id: 'a', expected: 'unchanged' },
    { id: 'b', expected: 'regressed' },
    { id: 'c', expected: 'fixed' },
    { id: 'd', expected: 'still-failing' },
    { id: 'e', expected: 'error' }, // errored at head
    { id: 'f', expected: 'error' }, // errored at base
    { id: 'g', expected: 'new-passing' },
    { id: 'h', expected: 'new-failing' },
  ])('$id is $expected', ({ id, expected }) => {
    expect(classOf(id)).toBe(expected);
  });

  it('counts classes, ignores base-only cases and lists regressions first', () => {
    expect(result.cases.map((c) => c.id)).not.toContain('removed-at-head');
    expect(result.counts).toEqual({
      regressed: 1,
      'new-failing': 1,
      error: 2,
      'still-failing': 1,
      fixed: 1,
      'new-passing': 1,
      unchanged: 1,
    });
    expect(result.cases[0].id).toBe('b');
    expect(result.mcnemar).toEqual({ regressed: 1, fixed: 1, pValue: 1 });
  });

  it('pairs only cases valid on both sides: errors and new cases get no delta', () => {
    expect(result.pairs).toBe(4);
    for (const id of ['e', 'f', 'g', 'h']) {
      expect(result.cases.find((c) => c.id === id)?.delta).toBeNull();
    }
    expect(result.cases.find((c) => c.id === 'b')?.delta).toBe(-1);
    expect(result.cases.find((c) => c.id === 'c')?.delta).toBe(1);
  });

  it('reports errors per side, their rate over compared cases and their kinds', () => {
    expect(result.errors).toEqual({ base: 1, head: 1, rate: 2 / 8, byKind: { 'rate-limit': 1, timeout: 1 } });
  });
});

describe('compareRuns: score and pass rate', () => {
  it('averages trials, leaves errored trials out and pairs scores by id', () => {
    const base = run('base', [
      caseResult('x', {
        trials: [
          { status: 'pass', score: 1 },
          { status: 'pass', score: 1 },
          { status: 'pass', score: 1 },
        ],
      }),
      caseResult('y', {
        trials: [
          { status: 'pass', score: 0.9 },
          { status: 'pass', score: 0.9 },
          { status: 'fail', score: 0.3 },
        ],
      }),
      caseResult('z', {
        trials: [
          { status: 'fail', score: 0 },
          { status: 'fail', score: 0 },
          { status: 'fail', score: 0 },
        ],
      }),
    ]);
    const head = run('head', [
      // 2 of 3 pass → pass, score 5/6
      caseResult('x', {
        trials: [
          { status: 'pass', score: 1 },
          { status: 'fail', score: 0.5 },
          { status: 'pass', score: 1 },
        ],
      }),
      // one trial errored: mean of the other two (0.6); 1 of 2 usable trials pass = half → pass
      caseResult('y', { trials: [{ status: 'pass', score: 1 }, { status: 'error' }, { status: 'fail', score: 0.2 }] }),
      // 1 of 3 pass → fail
      caseResult('z', {
        trials: [
          { status: 'pass', score: 1 },
          { status: 'fail', score: 0 },
          { status: 'fail', score: 0 },
        ],
      }),
    ]);
    const result = compareRuns({ base, head, ...settings });

    const deltas = Object.fromEntries(result.cases.map((c) => [c.id, c.delta]));
    expect(deltas.x).toBeCloseTo(5 / 6 - 1, 12);
    expect(deltas.y).toBeCloseTo(0.6 - 0.7, 12);
    expect(deltas.z).toBeCloseTo(1 / 3, 12);
    // Ordered by class (still-failing before unchanged), then by the largest drop.
    expect(result.cases.map((c) => [c.id, c.class])).toEqual([
      ['z', 'still-failing'],
      ['x', 'unchanged'],
      ['y', 'unchanged'],
    ]);

    const score = result.metrics.score;
    expect(score.base).toBeCloseTo((1 + 0.7 + 0) / 3, 12);
    expect(score.head).toBeCloseTo((5 / 6 + 0.6 + 1 / 3) / 3, 12);
    expect(score.delta).toBeCloseTo((score.head as number) - (score.base as number), 12);
    expect(score.interval).not.toBeNull();
    expect(result.metrics.passRate.base).toBeCloseTo(2 / 3, 12);
    expect(result.metrics.passRate.head).toBeCloseTo(2 / 3, 12);
    expect(result.errors.byKind).toEqual({ timeout: 1 });
    expect(result.errors.rate).toBe(0);
  });

  it('gives a Student-t interval over cases that contains the mean delta, the same every time', () => {
    const caseIds = ids(30);
    const base = run(
      'base',
      caseIds.map((id) => passing(id)),
    );
    const head = run(
      'head',
      caseIds.map((id, i) => (i % 5 === 0 ? failing(id) : passing(id))),
    );
    const a = compareRuns({ base, head, ...settings });
    const b = compareRuns({ base, head, ...settings });
    expect(a.metrics.score.delta).toBeCloseTo(-0.2, 12);
    expect(a.metrics.passRate.delta).toBeCloseTo(-0.2, 12);
    // sd of the deltas = sqrt(30·0.2·0.8/29); t(0.975, 29) = 2.0452296.
    const half = 2.0452296421327 * Math.sqrt((30 * 0.16) / 29 / 30);
    expect(a.metrics.score.interval?.low).toBeCloseTo(-0.2 - half, 6);
    expect(a.metrics.score.interval?.high).toBeCloseTo(-0.2 + half, 6);
    expect(a.metrics.score.relative).toBeCloseTo(-0.2, 12);
    expect(b.metrics).toEqual(a.metrics);
    expect(a.mcnemar.regressed).toBe(6);
    expect(a.mcnemar.pValue).toBeCloseTo(2 / 64, 12);
  });
});

describe('compareRuns: per-tag breakdown', () => {
  it('breaks score and pass rate down by tag, without an interval below 5 pairs', () => {
    const refunds = ids(6).map((id) => `refund-${id}`);
    const base = run('base', [
      ...refunds.map((id) => passing(id, { tags: ['refunds'] })),
      passing('bill-1', { tags: ['billing', 'critical'] }),
      passing('bill-2', { tags: ['billing'] }),
    ]);
    const head = run('head', [
      ...refunds.map((id, i) => (i < 3 ? failing(id, { tags: ['refunds'] }) : passing(id, { tags: ['refunds'] }))),
      failing('bill-1', { tags: ['billing', 'critical'] }),
      passing('bill-2', { tags: ['billing'] }),
    ]);
    const result = compareRuns({ base, head, ...settings });
    expect(result.tags.map((t) => [t.tag, t.n])).toEqual([
      ['billing', 2],
      ['critical', 1],
      ['refunds', 6],
    ]);
    const refundsTag = result.tags.find((t) => t.tag === 'refunds');
    expect(refundsTag?.score.delta).toBeCloseTo(-0.5, 12);
    expect(refundsTag?.passRate.head).toBeCloseTo(0.5, 12);
    expect(refundsTag?.score.interval).not.toBeNull();
    const billing = result.tags.find((t) => t.tag === 'billing');
    expect(billing?.score.delta).toBeCloseTo(-0.5, 12);
    expect(billing?.score.interval).toBeNull();
    expect(billing?.passRate.interval).toBeNull();
  });
});

describe('compareRuns: cost, tokens, latency and spend', () => {
  const base = run(
    'base',
    [
      caseResult('a', {
        trials: [
          { costUsd: 0.001, latencyMs: 100, inputTokens: 100, outputTokens: 10 },
          { costUsd: 0.003, latencyMs: 300, inputTokens: 300, outputTokens: 30 },
        ],
      }),
      caseResult('b', {
        trials: [
          { costUsd: 0.002, latencyMs: 200, inputTokens: 200, outputTokens: 20 },
          { costUsd: 0.002, latencyMs: 400, inputTokens: 200, outputTokens: 20 },
        ],
      }),
    ],
    { totals: { costUsd: 0.008, judgeCostUsd: 0.0004, unknownPriceModels: ['zeta'] } },
  );
  const head = run(
    'head',
    [
      caseResult('a', {
        trials: [
          { costUsd: 0.004, latencyMs: 500 },
          { costUsd: 0.004, latencyMs: 700 },
        ],
      }),
      caseResult('b', {
        trials: [
          { costUsd: 0.002, latencyMs: 600 },
          { status: 'error', costUsd: 0.5, latencyMs: 99_999 },
        ],
      }),
    ],
    { totals: { costUsd: 0.0105, judgeCostUsd: 0.0003, unknownPriceModels: ['alpha', 'zeta'] } },
  );

  it('compares mean per-case cost (mean over usable trials) and projects the monthly delta', () => {
    const result = compareRuns({ base, head, ...settings, trafficCallsPerMonth: 100_000 });
    const cost = result.metrics.costPerCase;
    expect(cost.base).toBeCloseTo(0.002, 12); // a: (0.001 + 0.003)/2, b: 0.002
    expect(cost.head).toBeCloseTo(0.003, 12); // a: 0.004, b: 0.002 (errored trial left out)
    expect(cost.delta).toBeCloseTo(0.001, 12);
    expect(cost.relative).toBeCloseTo(0.5, 12);
    expect(result.spend.projectedMonthlyDelta).toBeCloseTo(100, 9);
    expect(result.spend).toMatchObject({ baseTarget: 0.008, headTarget: 0.0105, unknownPriceModels: ['alpha', 'zeta'] });
    expect(result.spend.judge).toBeCloseTo(0.0007, 12);
    expect(result.spend.total).toBeCloseTo(0.0192, 12);
  });

  it('reports money paid now and cost replayed from the cache apart, with the unrecorded agent calls', () => {
    const spent = run('base', [passing('a')], {
      totals: { costUsd: 0.008, judgeCostUsd: 0.0004, liveCostUsd: 0.0024, replayedCostUsd: 0.006, unrecordedCalls: 1 },
    });
    const replayed = run('head', [passing('a')], { totals: { costUsd: 0.01, judgeCostUsd: 0, liveCostUsd: 0, replayedCostUsd: 0.01, unrecordedCalls: 2 } });
    const result = compareRuns({ base: spent, head: replayed, ...settings });
    expect(result.spend.live).toBeCloseTo(0.0024, 12);
    expect(result.spend.replayed).toBeCloseTo(0.016, 12);
    expect(result.spend.unrecordedCalls).toBe(3);
  });

  it('counts a stored baseline as replayed, not as paid now', () => {
    const stored = run('base', [caseResult('a', { trials: [{ costUsd: 0.004, judgeCostUsd: 0.001 }] })]);
    const reused = { ...stored, cases: stored.cases.map((c) => ({ ...c, trials: c.trials.map(asReplayed) })) };
    const totals = totalsOf(reused.cases, []);
    expect(totals).toMatchObject({ liveCostUsd: 0 });
    expect(totals.replayedCostUsd).toBeCloseTo(0.005, 12);
  });

  it('takes latency percentiles over usable trials and tokens as a mean per case', () => {
    const result = compareRuns({ base, head, ...settings });
    expect(result.metrics.latencyP50).toMatchObject({ base: 250, head: 600, delta: 350, relative: 1.4 });
    expect(result.metrics.latencyP95.head).toBeCloseTo(690, 9);
    expect(result.metrics.inputTokens.base).toBe(200);
    expect(result.metrics.outputTokens.base).toBe(20);
    expect(result.spend.projectedMonthlyDelta).toBeNull(); // no traffic set
  });

  it('makes a side’s cost unknown when any of its trials has no price', () => {
    const unpriced = run('head', [caseResult('a', { trials: [{ costUsd: 0.004 }, { costUsd: null }] }), caseResult('b', { trials: [{ costUsd: 0.002 }] })]);
    const result = compareRuns({ base, head: unpriced, ...settings, trafficCallsPerMonth: 100_000 });
    expect(result.metrics.costPerCase).toMatchObject({ base: 0.002, head: null, delta: null, relative: null, interval: null });
    expect(result.spend.projectedMonthlyDelta).toBeNull();
    expect(result.spend.headTarget).toBeNull();
    expect(result.spend.total).toBeNull();
  });
});

describe('compareRuns: a single run (no base)', () => {
  const head = run('single', [passing('a', { tags: ['t'] }), failing('b', { tags: ['t'] }), errored('c'), passing('d')], {
    meta: { seed: 9, totalCases: 40, cut: { reason: 'budget of $5 reached', completed: 4, planned: 6 } },
  });
  const result = compareRuns({ base: null, head, ...settings, baselineNote: 'no baseline in the cache' });

  it('classes passing cases as unchanged and failing ones as still-failing', () => {
    expect(Object.fromEntries(result.cases.map((c) => [c.id, c.class]))).toEqual({
      a: 'unchanged',
      b: 'still-failing',
      c: 'error',
      d: 'unchanged',
    });
    expect(result.pairs).toBe(0);
  });

  it('reports head metrics only, and the sample from the head run', () => {
    expect(result.metrics.score).toEqual({ base: null, head: 2 / 3, delta: null, relative: null, interval: null, relativeInterval: null });
    expect(result.metrics.passRate.head).toBeCloseTo(2 / 3, 12);
    expect(result.metrics.costPerCase).toMatchObject({ base: null, head: 0.001, delta: null });
    expect(result.tags).toEqual([
      {
        tag: 't',
        n: 2,
        score: { base: null, head: 0.5, delta: null, relative: null, interval: null, relativeInterval: null },
        passRate: { base: null, head: 0.5, delta: null, relative: null, interval: null, relativeInterval: null },
      },
    ]);
    expect(result.sample).toEqual({
      n: 4,
      used: 4,
      total: 40,
      seed: 9,
      trials: 1,
      cut: { reason: 'budget of $5 reached', completed: 4, planned: 6 },
    });
    expect(result.base).toBeNull();
    expect(result.baselineNote).toBe('no baseline in the cache');
    expect(result.errors).toEqual({ base: 0, head: 1, rate: 0.25, byKind: { timeout: 1 } });
    expect(result.spend.baseTarget).toBeNull();
  });
});
