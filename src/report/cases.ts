import type { CaseClass, CaseComparison } from '../compare/types.js';
import type { CaseResult, CheckResult, RunError, TrialResult } from '../results/schema.js';

/** Failing classes in the order the report spends its space on them. */
export const FAILING_CLASSES: readonly CaseClass[] = ['regressed', 'new-failing', 'error', 'still-failing'];

/** Human names for the classes, in the report's words. */
export const CLASS_LABELS: Record<CaseClass, string> = {
  regressed: 'regressed',
  'new-failing': 'new failing',
  error: 'errored',
  'still-failing': 'still failing',
  fixed: 'fixed',
  'new-passing': 'new passing',
  unchanged: 'unchanged',
};

/**
 * Failing cases, most important first: regressed > new-failing > error > still-failing; within
 * a class the larger score drop first, then the lower head score, then id (stable snapshots).
 */
export function prioritiseFailing(cases: readonly CaseComparison[]): CaseComparison[] {
  const rank = (c: CaseComparison): number => FAILING_CLASSES.indexOf(c.class);
  return cases
    .filter((c) => FAILING_CLASSES.includes(c.class))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.delta ?? Number.POSITIVE_INFINITY) - (b.delta ?? Number.POSITIVE_INFINITY) ||
        (a.head.score ?? Number.POSITIVE_INFINITY) - (b.head.score ?? Number.POSITIVE_INFINITY) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/**
 * Failing cases in the order the comment shows them: the must-pass cases that block the merge
 * first (they decide, whatever their score), then `prioritiseFailing`'s order.
 */
export function prioritiseMustPassFirst(cases: readonly CaseComparison[], mustPass: readonly string[]): CaseComparison[] {
  const blocking = new Set(mustPass);
  const ordered = prioritiseFailing(cases);
  return [...ordered.filter((c) => blocking.has(c.id)), ...ordered.filter((c) => !blocking.has(c.id))];
}

/** The trial a report shows for a case: the first errored or failing one, else the first. */
export function representativeTrial(result: CaseResult, prefer: 'error' | 'fail'): TrialResult | null {
  return result.trials.find((t) => t.status === prefer) ?? result.trials.find((t) => t.status !== 'pass') ?? result.trials[0] ?? null;
}

/** The trial of `result` with the same index as `trial`, else its first. */
export function matchingTrial(result: CaseResult | null, trial: TrialResult | null): TrialResult | null {
  if (result === null) return null;
  return result.trials.find((t) => t.trial === trial?.trial) ?? result.trials[0] ?? null;
}

/** The first error of a case, preferring head; with the side it came from. */
export function firstError(c: CaseComparison): { side: 'base' | 'head'; error: RunError } | null {
  for (const [side, result] of [
    ['head', c.head],
    ['base', c.base],
  ] as const) {
    const error = result?.trials.find((t) => t.error !== undefined)?.error;
    if (error) return { side, error };
  }
  return null;
}

/** First failing check of a trial. */
export function firstFailingCheck(trial: TrialResult | null): CheckResult | null {
  return trial?.checks.find((ch) => !ch.pass) ?? null;
}

/**
 * A check's one reason, its pattern said once: `missing "30 days"`, not `contains "30 days":
 * missing "30 days"`; the label only when the reason does not name what was checked. Raw
 * (untrusted) text; the caller renders it.
 */
export function checkSummary(check: CheckResult): string {
  if (check.kind === 'judge') return `judge: ${check.reason}`;
  const subject = check.label.replace(/^\S+\s*/, '');
  if (check.reason.startsWith(check.label) || (subject !== '' && check.reason.includes(subject))) return check.reason;
  return `${check.label}: ${check.reason}`;
}

/**
 * One line on why a case is where it is — raw (untrusted) text; the caller renders it.
 * Errors give kind and message; failures their first failing check at head.
 */
export function shortReason(c: CaseComparison): string {
  const err = firstError(c);
  if (c.class === 'error' && err) return `${err.side} ${err.error.kind}: ${err.error.message}`;
  const check = firstFailingCheck(representativeTrial(c.head, 'fail'));
  if (check) return checkSummary(check);
  if (err) return `${err.side} ${err.error.kind}: ${err.error.message}`;
  return '';
}

/** Mean latency over trials, ms. */
export function meanLatency(result: CaseResult): number | null {
  if (result.trials.length === 0) return null;
  return result.trials.reduce((sum, t) => sum + t.latencyMs, 0) / result.trials.length;
}

/** Total system-under-test cost over trials; null when any trial's price is unknown. */
export function totalCost(result: CaseResult): number | null {
  let sum = 0;
  for (const t of result.trials) {
    if (t.costUsd === null) return null;
    sum += t.costUsd;
  }
  return sum;
}
