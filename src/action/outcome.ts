import type { Comparison } from '../compare/types.js';
import type { ComparisonRun } from '../pipeline.js';
import type { FinalDecision } from '../report/types.js';

/** What a mode decided, and what `run()` sets as outputs. */
export interface Outcome {
  decision: FinalDecision;
  outputs: Record<string, string>;
  /** Full Markdown for the job summary. */
  summary: string;
}

/** What an evaluation (or a merge of shard evaluations) hands to the reporting half of the gate. */
export type Evaluated = Pick<ComparisonRun, 'comparison' | 'verdict' | 'changedFiles'>;

/** Numbers as action outputs: six significant digits, empty when unknown. */
export function formatOutput(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '' : String(Number(n.toPrecision(6)));
}

/** The score, cost and regression outputs of a comparison. */
export function outputsOf(comparison: Comparison): Record<string, string> {
  const m = comparison.metrics;
  return {
    'score-base': formatOutput(m.score.base),
    'score-head': formatOutput(m.score.head),
    'score-delta': formatOutput(m.score.delta),
    'cost-base': formatOutput(m.costPerCase.base),
    'cost-head': formatOutput(m.costPerCase.head),
    'cost-delta': formatOutput(m.costPerCase.delta),
    regressions: String(comparison.counts.regressed),
  };
}
