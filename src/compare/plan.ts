import type { Gate } from '../config/suite.js';
import type { CaseResult, RunResults } from '../results/schema.js';
import { pairedDeltas } from './compare.js';
import { standardDeviation } from './score-test.js';
import { casesNeeded, designOf, detectableDrop } from './sequential.js';
import { mean } from './stats.js';

/** Trials per case a plan is printed for. */
export const PLAN_TRIALS = [1, 2, 3, 5] as const;

export interface PlanRow {
  trials: number;
  /** Standard deviation of a per-case score delta (head − base) with this many trials. */
  sd: number;
  /** Cases the sequential design needs so a drop of Δ fails with probability 1 − β. */
  casesNeeded: number | null;
  /** The drop `sampleSize` cases detect with power 1 − β (null without a sample size). */
  detectable: number | null;
}

export interface Plan {
  /** How the spread was estimated, in words. */
  source: string;
  rows: PlanRow[];
}

/**
 * How many cases and trials a team's Δ needs (SPEC §4 `plan`), from results it already has. The
 * spread of per-case deltas has two parts: answer noise within a case, which more trials average
 * away (σ_w²/k on each side), and how differently a change moves each case, which they do not.
 * - base and head results: the observed deltas; with ≥ 2 trials both parts are separated;
 * - one results file with ≥ 2 trials: answer noise only (a change that moves every case alike);
 * - one file with 1 trial: the spread of case scores, an upper bound on the answer noise.
 * Pure.
 */
export function planFromResults(args: { gate: Gate; batches: number; sampleSize: number | null; base: RunResults | null; head: RunResults }): Plan {
  const { gate } = args;
  const within = withinCaseVariance([...(args.base?.cases ?? []), ...args.head.cases]);
  const k0 = args.head.meta.trials;
  let source: string;
  let sdFor: (k: number) => number;
  if (args.base) {
    const deltas = pairedDeltas(args.base.cases, args.head.cases);
    const observed = standardDeviation(deltas) ** 2;
    if (within !== null) {
      const between = Math.max(0, observed - (2 * within) / k0);
      sdFor = (k) => Math.sqrt(between + (2 * within) / k);
      source = `${deltas.length} paired cases at ${k0} trials (answer noise and the change's spread separated)`;
    } else {
      sdFor = (k) => (k === k0 ? Math.sqrt(observed) : Number.NaN);
      source = `${deltas.length} paired cases at 1 trial (run with --trials 2 or more to plan for trials)`;
    }
  } else if (within !== null) {
    sdFor = (k) => Math.sqrt((2 * within) / k);
    source = `answer noise within ${args.head.cases.length} cases at ${k0} trials (a change that moves every case alike)`;
  } else {
    const scores = args.head.cases.flatMap((c) => (c.score === null ? [] : [c.score]));
    const total = standardDeviation(scores) ** 2;
    sdFor = (k) => Math.sqrt((2 * total) / k);
    source = `the spread of ${scores.length} case scores at 1 trial (an upper bound: run with --trials 2 or more for a tighter plan)`;
  }
  const design = designOf({
    maxCases: args.sampleSize ?? 1,
    batches: args.batches,
    confidence: gate.confidence,
    maxScoreDrop: gate.maxScoreDrop,
    detectDrop: gate.detectDrop,
  });
  const rows = PLAN_TRIALS.flatMap((trials): PlanRow[] => {
    const sd = sdFor(trials);
    if (!Number.isFinite(sd)) return [];
    return [
      {
        trials,
        sd,
        casesNeeded: casesNeeded(design, sd),
        detectable: args.sampleSize === null ? null : detectableDrop(design, args.sampleSize, sd),
      },
    ];
  });
  return { source, rows };
}

/** Mean over cases of the variance of their trial scores; null when no case has two trials. */
function withinCaseVariance(cases: CaseResult[]): number | null {
  const variances = cases.flatMap((c) => {
    const scores = c.trials.filter((t) => t.status !== 'error').map((t) => t.score ?? 0);
    return scores.length >= 2 ? [standardDeviation(scores) ** 2] : [];
  });
  return variances.length === 0 ? null : mean(variances);
}
