import type { CaseResult, RunMeta } from '../results/schema.js';
import type { Look } from './sequential.js';

/** How a case moved between base and head. */
export type CaseClass =
  | 'regressed' // passed at base, fails at head
  | 'fixed' // failed at base, passes at head
  | 'still-failing'
  | 'unchanged' // passes on both sides
  | 'new-failing' // only at head (no base result), failing
  | 'new-passing' // only at head, passing
  | 'error'; // errored on either side: kept out of deltas

export const CASE_CLASSES: readonly CaseClass[] = ['regressed', 'new-failing', 'error', 'still-failing', 'fixed', 'new-passing', 'unchanged'];

export interface Interval {
  low: number;
  high: number;
}

/** One number measured on both sides. `delta` = head − base. */
export interface Metric {
  base: number | null;
  head: number | null;
  delta: number | null;
  /** delta / base, when base is non-zero. */
  relative: number | null;
  /** Confidence interval of the delta (Student t over cases), when computed. */
  interval: Interval | null;
  /** Confidence interval of `relative` (cost: ratio of means; latency: paired log-latency), when computed. */
  relativeInterval: Interval | null;
}

/** With several trials: how a case's trials behaved on the two sides (SPEC §4). */
export type Stability = 'stable' | 'flaky' | 'regressed' | 'fixed';

export interface CaseComparison {
  id: string;
  tags: string[];
  class: CaseClass;
  base: CaseResult | null;
  head: CaseResult;
  /** head.score − base.score over a valid pair; null otherwise. */
  delta: number | null;
  /** With trials > 1: stable, flaky, or consistently regressed/fixed; null otherwise. */
  stability: Stability | null;
}

export interface TagBreakdown {
  tag: string;
  /** Valid pairs carrying the tag. */
  n: number;
  score: Metric;
  passRate: Metric;
}

export interface Comparison {
  suiteName: string;
  suitePath: string;
  base: RunMeta | null;
  head: RunMeta;
  /** Why a stored baseline was used or ignored, shown in the report. */
  baselineNote: string | null;
  /** n: the sample (the maximum); used: cases evaluated (fewer when sequential sampling stopped early). */
  sample: { n: number; used: number; total: number; seed: number; trials: number; cut: RunMeta['cut'] };
  /** How sequential sampling reached its sample; null for a fixed sample (shards, results files). */
  sequential: SequentialRecord | null;
  /** Number of cases with a valid (non-error) result on both sides. */
  pairs: number;
  confidence: number;
  metrics: {
    score: Metric;
    passRate: Metric;
    /** Mean system-under-test cost per case, USD; null when prices are unknown. */
    costPerCase: Metric;
    /** Geometric mean of per-case latency; its relative interval is what the latency gate reads. */
    latency: Metric;
    latencyP50: Metric;
    latencyP95: Metric;
    inputTokens: Metric;
    outputTokens: Metric;
  };
  spend: {
    /** Cost of the answers (live or replayed), per side and for the judge; null when a price is unknown. */
    baseTarget: number | null;
    headTarget: number | null;
    judge: number | null;
    total: number | null;
    /** Money sent to providers in this run (base, head and judge; errored trials included). */
    live: number | null;
    /** Cost of the answers that came from the response cache or a stored baseline: not paid now. */
    replayed: number | null;
    /** Agents' model calls the recording proxy passed through unrecorded: not in any cost. */
    unrecordedCalls: number;
    /** Projected monthly cost delta, when traffic.calls-per-month is set. */
    projectedMonthlyDelta: number | null;
    unknownPriceModels: string[];
  };
  mcnemar: { regressed: number; fixed: number; pValue: number };
  cases: CaseComparison[];
  counts: Record<CaseClass, number>;
  tags: TagBreakdown[];
  errors: { base: number; head: number; rate: number; byKind: Record<string, number> };
}

/** Why sequential sampling stopped where it did. */
export type StopReason = 'fail' | 'pass' | 'sample-spent' | 'budget';

/** The looks a sequential evaluation took (SPEC §4), for the report and the decision. */
export interface SequentialRecord {
  /** The maximum sample and the planned cumulative case counts of each look. */
  maxCases: number;
  plannedLooks: number[];
  looks: Look[];
  stop: StopReason;
}

export type Decision = 'pass' | 'fail' | 'inconclusive' | 'error';

/** Everything the action or CLI may decide; `Verdict.decision` plus the action-level outcomes. */
export type FinalDecision = 'pass' | 'fail' | 'approved' | 'inconclusive' | 'not-applicable' | 'skipped' | 'error';

/** The rules of the gate (SPEC §4), each reported as one finding. */
export type Rule = 'errors' | 'score' | 'must-pass' | 'permissions' | 'cost' | 'latency';

/**
 * What one rule found. `block`: it fails the gate; `inconclusive`: it could not tell;
 * `ok`: it held; `warn`: it holds but something needs saying; `off`: not configured.
 */
export interface Finding {
  rule: Rule;
  outcome: 'block' | 'inconclusive' | 'ok' | 'warn' | 'off';
  /** One plain sentence for the reader. */
  message: string;
  /** The numbers behind it, for the JSON report. */
  numbers: Record<string, number | string | null>;
  /** Cases the finding names (must-pass failures, permission violations). */
  cases?: string[];
}

/** How the score verdict was reached, in numbers the report puts into words. */
export interface ScoreEvidence {
  method: 'sign-flip' | 't';
  pairs: number;
  casesUsed: number;
  maxCases: number;
  stop: StopReason | 'fixed';
  looks: number;
  plannedLooks: number;
  /** δ and Δ, and the two error rates (one-sided α at δ, β at Δ). */
  maxScoreDrop: number;
  detectDrop: number;
  alpha: number;
  beta: number;
  /** The smallest drop this sample could detect (power 1 − β), and the cases Δ needs. */
  detectableDrop: number | null;
  casesNeeded: number | null;
}

export interface Verdict {
  decision: Decision;
  /** Why, one line each, most important first. */
  reasons: string[];
  /** Things the reader should know that do not change the decision. */
  warnings: string[];
  /** Every rule's finding, in a fixed order. */
  findings: Finding[];
  /** How the score rule decided; null for a single run. */
  evidence: ScoreEvidence | null;
  /** Which gates tripped (for the report and outputs). */
  gates: {
    score: 'ok' | 'regression' | 'inconclusive';
    mustPass: string[]; // blocking must-pass case ids at head
    /** Cases that call a tool outside `allowed` (or in `must-not-call`) at head but not at base. */
    permissions: string[];
    cost: 'ok' | 'exceeded' | 'off' | 'unknown';
    latency: 'ok' | 'exceeded' | 'off';
    errorRate: 'ok' | 'exceeded';
  };
}
