import type { CaseResult, RunMeta } from '../results/schema.js';

/** How a case moved between base and head. */
export type CaseClass =
  | 'regressed' // passed at base, fails at head
  | 'fixed' // failed at base, passes at head
  | 'still-failing'
  | 'unchanged' // passes on both sides
  | 'new-failing' // only at head (no base result), failing
  | 'new-passing' // only at head, passing
  | 'error'; // errored on either side: kept out of deltas

export const CASE_CLASSES: readonly CaseClass[] = [
  'regressed',
  'new-failing',
  'error',
  'still-failing',
  'fixed',
  'new-passing',
  'unchanged',
];

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
  /** Confidence interval of the delta (paired bootstrap), when computed. */
  interval: Interval | null;
}

export interface CaseComparison {
  id: string;
  tags: string[];
  class: CaseClass;
  base: CaseResult | null;
  head: CaseResult;
  /** head.score − base.score over a valid pair; null otherwise. */
  delta: number | null;
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
  sample: { n: number; total: number; seed: number; trials: number; cut: RunMeta['cut'] };
  /** Number of cases with a valid (non-error) result on both sides. */
  pairs: number;
  confidence: number;
  metrics: {
    score: Metric;
    passRate: Metric;
    /** Mean system-under-test cost per case, USD; null when prices are unknown. */
    costPerCase: Metric;
    latencyP50: Metric;
    latencyP95: Metric;
    inputTokens: Metric;
    outputTokens: Metric;
  };
  spend: {
    baseTarget: number | null;
    headTarget: number | null;
    judge: number | null;
    total: number | null;
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

export type Decision = 'pass' | 'fail' | 'inconclusive' | 'error';

export interface Verdict {
  decision: Decision;
  /** Why, one line each, most important first. */
  reasons: string[];
  /** Things the reader should know that do not change the decision. */
  warnings: string[];
  /** Which gates tripped (for the report and outputs). */
  gates: {
    score: 'ok' | 'regression' | 'inconclusive';
    mustPass: string[]; // failing must-pass case ids at head
    /** Cases that call a tool outside `allowed` (or in `must-not-call`) at head but not at base. */
    permissions: string[];
    cost: 'ok' | 'exceeded' | 'off' | 'unknown';
    latency: 'ok' | 'exceeded' | 'off';
    errorRate: 'ok' | 'exceeded';
  };
}
