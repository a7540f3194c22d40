import type { FinalDecision } from './types.js';

/**
 * Decisions from worst to best, for a run of several suites: the run's decision is its worst
 * suite's, and the comment lists suites in this order. An untrustworthy evaluation outranks a
 * regression (neither may merge, but an error says the numbers themselves cannot be used);
 * `skipped` (nothing evaluated) outranks `inconclusive`; a suite nothing concerned ranks last.
 */
export const DECISION_ORDER: readonly FinalDecision[] = ['error', 'fail', 'skipped', 'inconclusive', 'approved', 'pass', 'not-applicable'];

const RANK = new Map(DECISION_ORDER.map((d, i) => [d, i]));

/** The worst of `decisions`; `not-applicable` when there are none (no suite concerned the change). */
export function worstDecision(decisions: Iterable<FinalDecision>): FinalDecision {
  let worst: FinalDecision = 'not-applicable';
  for (const d of decisions) if (RANK.get(d)! < RANK.get(worst)!) worst = d;
  return worst;
}

/** `items` worst decision first; equal decisions keep their order (the order the suites were given). */
export function worstFirst<T>(items: readonly T[], decisionOf: (item: T) => FinalDecision): T[] {
  return items
    .map((item, i) => ({ item, i, rank: RANK.get(decisionOf(item))! }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.item);
}
