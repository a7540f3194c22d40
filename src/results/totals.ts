import type { CaseResult, Totals, TrialResult } from './schema.js';
import { addCost, addUsage } from './usage.js';

/** Sums a run's cases. A null cost anywhere makes the total unknown rather than understated. */
export function totalsOf(cases: readonly CaseResult[], unknownPriceModels: readonly string[]): Totals {
  const trials = cases.flatMap((c) => c.trials);
  const zero = { inputTokens: 0, cachedTokens: 0, outputTokens: 0 };
  return {
    cases: cases.length,
    passed: cases.filter((c) => c.status === 'pass').length,
    failed: cases.filter((c) => c.status === 'fail').length,
    errors: cases.filter((c) => c.status === 'error').length,
    usage: trials.reduce((u, t) => addUsage(u, t.usage), zero),
    costUsd: trials.reduce<number | null>((s, t) => addCost(s, t.costUsd), 0),
    judgeUsage: trials.reduce((u, t) => addUsage(u, t.judgeUsage), zero),
    judgeCostUsd: trials.reduce<number | null>((s, t) => addCost(s, t.judgeCostUsd), 0),
    requests: trials.reduce((s, t) => s + t.requests, 0),
    cacheHits: trials.reduce((s, t) => s + t.cacheHits, 0),
    liveCostUsd: trials.reduce<number | null>((s, t) => addCost(s, t.liveCostUsd ?? 0), 0),
    replayedCostUsd: trials.reduce<number | null>((s, t) => addCost(s, t.replayedCostUsd ?? 0), 0),
    unrecordedCalls: trials.reduce((s, t) => s + (t.unrecordedCalls ?? 0), 0),
    unknownPriceModels: [...new Set(unknownPriceModels)].sort(),
  };
}

/**
 * A trial taken from a stored baseline: its answers were paid for by the run that stored them, so
 * in this run their whole cost (target and judge) is replayed, none of it spent.
 */
export function asReplayed(trial: TrialResult): TrialResult {
  return { ...trial, liveCostUsd: 0, replayedCostUsd: addCost(trial.costUsd, trial.judgeCostUsd) };
}
