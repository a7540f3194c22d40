import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/config/suite.js';
import { Budget } from '../../src/run/budget.js';
import { executeCases } from '../../src/run/executor.js';
import { TargetError, type Target, type TargetInput, type TargetOutput } from '../../src/targets/target.js';
import { totalsOf } from '../../src/results/totals.js';

function cases(n: number): Case[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    input: { i },
    tags: [],
    checks: [{ contains: 'ok' }],
    source: { file: 'evals/evalgate.yaml', line: i + 1 },
  }));
}

/** A target whose every run costs exactly `usd` (all of it replayed from the cache when `replayed`). */
function pricedTarget(usd: number, started: string[], how: { replayed?: boolean; fails?: boolean } = {}): Target {
  return {
    async run(input: TargetInput) {
      started.push(`${input.caseId}#${input.trial}`);
      await new Promise((r) => setTimeout(r, 2));
      const out: TargetOutput = {
        output: 'ok',
        steps: [],
        usage: { inputTokens: 100, cachedTokens: 0, outputTokens: 10 },
        costUsd: usd,
        replayedCostUsd: how.replayed ? usd : 0,
        latencyMs: 2,
        cacheHits: how.replayed ? 1 : 0,
        requests: how.replayed ? 0 : 1,
        unknownPriceModels: [],
      };
      // An agent that crashed after its model calls were answered (and billed).
      if (how.fails) throw new TargetError('command', 'agent exited with code 1', undefined, { consumed: out });
      return out;
    },
  };
}

const env = { root: '.', judge: null, llm: null, pricing: {} };

describe('max-cost budget', () => {
  it.each([
    // budget, cost per run, trials, cases started
    [0.035, 0.01, 1, 4],
    [0.03, 0.01, 1, 3],
    [0.05, 0.01, 2, 3],
    [1, 0.01, 1, 10],
    [0, 0.01, 1, 0],
  ])('with $%s and $%s per run × %i trials, exactly %i cases start (one at a time)', async (max, usd, trials, expected) => {
    const started: string[] = [];
    const result = await executeCases({
      cases: cases(10),
      trials,
      target: pricedTarget(usd, started),
      checkEnv: env,
      concurrency: 1,
      budget: new Budget(max),
    });
    expect(result.cases).toHaveLength(expected);
    expect(result.notStarted).toBe(10 - expected);
    // A started case always runs all its trials: no half-measured case.
    expect(started).toHaveLength(expected * trials);
  });

  it('never starts a case after the cap even with cases in flight; overshoot is bounded by the concurrency', async () => {
    const started: string[] = [];
    const budget = new Budget(0.02);
    const result = await executeCases({
      cases: cases(20),
      trials: 1,
      target: pricedTarget(0.01, started),
      checkEnv: env,
      concurrency: 4,
      budget,
    });
    expect(result.cases.length).toBeGreaterThanOrEqual(2);
    expect(result.cases.length).toBeLessThanOrEqual(2 + 4);
    expect(budget.spent).toBeCloseTo(result.cases.length * 0.01);
  });

  it('counts live spend only: runs answered from the cache spend nothing and never stop the run', async () => {
    const started: string[] = [];
    const budget = new Budget(0.03);
    const result = await executeCases({
      cases: cases(10),
      trials: 1,
      target: pricedTarget(0.01, started, { replayed: true }),
      checkEnv: env,
      concurrency: 1,
      budget,
    });
    expect(result.notStarted).toBe(0);
    expect(budget.spent).toBe(0);
    const totals = totalsOf(result.cases, []);
    expect(totals.liveCostUsd).toBe(0);
    expect(totals.replayedCostUsd).toBeCloseTo(0.1, 12);
    expect(totals.costUsd).toBeCloseTo(0.1, 12);
  });

  it('counts what errored runs were billed before they failed, in the budget and in the totals', async () => {
    const started: string[] = [];
    const budget = new Budget(0.03);
    const result = await executeCases({
      cases: cases(10),
      trials: 1,
      target: pricedTarget(0.01, started, { fails: true }),
      checkEnv: env,
      concurrency: 1,
      budget,
    });
    expect(result.cases).toHaveLength(3);
    expect(result.cases.every((c) => c.status === 'error')).toBe(true);
    expect(result.cases[0]?.trials[0]).toMatchObject({ costUsd: 0.01, liveCostUsd: 0.01, replayedCostUsd: 0, requests: 1, usage: { inputTokens: 100 } });
    expect(totalsOf(result.cases, []).liveCostUsd).toBeCloseTo(0.03, 12);
  });
});
