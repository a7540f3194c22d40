import type { CaseResult, Totals, Usage } from './schema.js';

function addUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    cachedTokens: a.cachedTokens + b.cachedTokens,
    outputTokens: a.outputTokens + b.outputTokens,
  };
}

function addCost(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/** Sums a run's cases. A null cost anywhere makes the total unknown rather than understated. */
export function totalsOf(cases: readonly CaseResult[], unknownPriceModels: readonly string[]): Totals {
  const trials = cases.flatMap((c) => c.trials);
  return {
    cases: cases.length,
    passed: cases.filter((c) => c.status === 'pass').length,
    failed: cases.filter((c) => c.status === 'fail').length,
    errors: cases.filter((c) => c.status === 'error').length,
    usage: trials.reduce((u, t) => addUsage(u, t.usage), { inputTokens: 0, cachedTokens: 0, outputTokens: 0 }),
    costUsd: trials.reduce<number | null>((s, t) => addCost(s, t.costUsd), 0),
    judgeUsage: trials.reduce((u, t) => addUsage(u, t.judgeUsage), { inputTokens: 0, cachedTokens: 0, outputTokens: 0 }),
    judgeCostUsd: trials.reduce<number | null>((s, t) => addCost(s, t.judgeCostUsd), 0),
    requests: trials.reduce((s, t) => s + t.requests, 0),
    cacheHits: trials.reduce((s, t) => s + t.cacheHits, 0),
    unknownPriceModels: [...new Set(unknownPriceModels)].sort(),
  };
}
