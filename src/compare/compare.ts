import type { CaseResult, RunResults, TrialResult } from '../results/schema.js';
import { mean, pairedBootstrap, percentile, mcnemarExact } from './stats.js';
import {
  CASE_CLASSES,
  type CaseClass,
  type CaseComparison,
  type Comparison,
  type Metric,
  type TagBreakdown,
} from './types.js';

/** Below this many pairs a per-tag interval is too wide to mean anything, so it is left out. */
export const MIN_TAG_PAIRS_FOR_INTERVAL = 5;

export interface CompareArgs {
  /** null = head-only run (no base to compare against). */
  base: RunResults | null;
  head: RunResults;
  /** Two-sided confidence of the reported intervals (gate.confidence). */
  confidence: number;
  /** Seeds every bootstrap, so the report is reproducible. */
  seed: number;
  trafficCallsPerMonth: number | null;
  baselineNote?: string | null;
}

/** A case with a usable (non-error) result on both sides. */
interface Pair {
  base: CaseResult;
  head: CaseResult;
}

/**
 * Compares two runs of the same sampled cases, paired by case id. Pure.
 *
 * - Cases come from the head run; base cases absent from head (e.g. the head run was cut by the
 *   budget) are ignored.
 * - A case is `error` when either side errored; it is kept out of every delta and metric.
 * - With no base run (`base: null`, a single run) there is nothing to compare: a passing case is
 *   `unchanged`, a failing one `still-failing`, base metrics and deltas are null, and the head
 *   metrics cover every non-error head case.
 * - Metrics on both sides are computed over the valid pairs only, so base and head describe the
 *   same cases and delta = head − base. When a base run exists but no pair is valid, each side is
 *   summarised over its own non-error cases and deltas are null.
 * - Cases are ordered by class (CASE_CLASSES: regressions first), then by delta (largest drop
 *   first), then by id.
 */
export function compareRuns(args: CompareArgs): Comparison {
  const { base, head, confidence, seed } = args;
  const baseById = new Map((base?.cases ?? []).map((c) => [c.id, c]));

  const cases: CaseComparison[] = head.cases.map((headCase) => {
    const baseCase = baseById.get(headCase.id) ?? null;
    const cls = classify(base !== null, baseCase, headCase);
    const delta =
      cls !== 'error' && baseCase && baseCase.score !== null && headCase.score !== null
        ? headCase.score - baseCase.score
        : null;
    return { id: headCase.id, tags: headCase.tags, class: cls, base: baseCase, head: headCase, delta };
  });
  cases.sort(byClassThenDelta);

  const pairs: Pair[] = cases.flatMap((c) => (c.delta !== null && c.base ? [{ base: c.base, head: c.head }] : []));
  const headValid = head.cases.filter((c) => c.status !== 'error');
  const headIds = new Set(head.cases.map((c) => c.id));
  const baseValid = base ? base.cases.filter((c) => c.status !== 'error' && headIds.has(c.id)) : [];

  const bootstrap = { confidence, seed };
  const metrics = base
    ? pairs.length > 0
      ? pairedMetrics(pairs, bootstrap)
      : unpairedMetrics(baseValid, headValid)
    : unpairedMetrics(null, headValid);

  const counts = Object.fromEntries(CASE_CLASSES.map((k) => [k, 0])) as Record<CaseClass, number>;
  for (const c of cases) counts[c.class] += 1;

  return {
    suiteName: head.meta.suiteName,
    suitePath: head.meta.suitePath,
    base: base?.meta ?? null,
    head: head.meta,
    baselineNote: args.baselineNote ?? null,
    sample: {
      n: head.meta.sampleIds.length,
      total: head.meta.totalCases,
      seed: head.meta.seed,
      trials: head.meta.trials,
      cut: head.meta.cut,
    },
    pairs: pairs.length,
    confidence,
    metrics,
    spend: spendOf(base, head, metrics.costPerCase.delta, args.trafficCallsPerMonth),
    mcnemar: {
      regressed: counts.regressed,
      fixed: counts.fixed,
      pValue: mcnemarExact(counts.regressed, counts.fixed),
    },
    cases,
    counts,
    tags: tagBreakdown(base !== null, pairs, headValid, bootstrap),
    errors: errorsOf(cases),
  };
}

function classify(hasBaseRun: boolean, base: CaseResult | null, head: CaseResult): CaseClass {
  if (head.status === 'error' || base?.status === 'error') return 'error';
  const headPass = head.status === 'pass';
  if (!hasBaseRun) return headPass ? 'unchanged' : 'still-failing';
  if (!base) return headPass ? 'new-passing' : 'new-failing';
  const basePass = base.status === 'pass';
  if (basePass) return headPass ? 'unchanged' : 'regressed';
  return headPass ? 'fixed' : 'still-failing';
}

function byClassThenDelta(a: CaseComparison, b: CaseComparison): number {
  const byClass = CASE_CLASSES.indexOf(a.class) - CASE_CLASSES.indexOf(b.class);
  if (byClass !== 0) return byClass;
  const byDelta = (a.delta ?? 0) - (b.delta ?? 0);
  if (byDelta !== 0) return byDelta;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

type Metrics = Comparison['metrics'];
interface BootstrapSettings {
  confidence: number;
  seed: number;
}

const passIndicator = (c: CaseResult): number => (c.status === 'pass' ? 1 : 0);
const scoreOf = (c: CaseResult): number => c.score ?? 0;

function pairedMetrics(pairs: Pair[], bootstrap: BootstrapSettings): Metrics {
  const bases = pairs.map((p) => p.base);
  const heads = pairs.map((p) => p.head);
  return {
    score: pairedMetric(pairs, scoreOf, bootstrap),
    passRate: pairedMetric(pairs, passIndicator, bootstrap),
    costPerCase: costMetric(bases, heads, bootstrap),
    latencyP50: sideMetric(latencyPercentile(bases, 0.5), latencyPercentile(heads, 0.5)),
    latencyP95: sideMetric(latencyPercentile(bases, 0.95), latencyPercentile(heads, 0.95)),
    inputTokens: sideMetric(meanPerCase(bases, (t) => t.usage.inputTokens), meanPerCase(heads, (t) => t.usage.inputTokens)),
    outputTokens: sideMetric(meanPerCase(bases, (t) => t.usage.outputTokens), meanPerCase(heads, (t) => t.usage.outputTokens)),
  };
}

/** Each side over its own cases; no deltas (nothing is paired). `bases` null = no base run. */
function unpairedMetrics(bases: CaseResult[] | null, heads: CaseResult[]): Metrics {
  const side = (f: (cases: CaseResult[]) => number | null): Metric =>
    onlySides(bases ? f(bases) : null, f(heads));
  return {
    score: side((cs) => meanOrNull(cs.map(scoreOf))),
    passRate: side((cs) => meanOrNull(cs.map(passIndicator))),
    costPerCase: side((cs) => caseCostMean(cs)),
    latencyP50: side((cs) => latencyPercentile(cs, 0.5)),
    latencyP95: side((cs) => latencyPercentile(cs, 0.95)),
    inputTokens: side((cs) => meanPerCase(cs, (t) => t.usage.inputTokens)),
    outputTokens: side((cs) => meanPerCase(cs, (t) => t.usage.outputTokens)),
  };
}

function pairedMetric(pairs: Pair[], value: (c: CaseResult) => number, bootstrap: BootstrapSettings): Metric {
  const baseMean = mean(pairs.map((p) => value(p.base)));
  const headMean = mean(pairs.map((p) => value(p.head)));
  const boot = pairedBootstrap(
    pairs.map((p) => value(p.head) - value(p.base)),
    bootstrap,
  );
  return {
    base: baseMean,
    head: headMean,
    delta: boot.mean,
    relative: baseMean !== 0 ? boot.mean / baseMean : null,
    interval: { low: boot.low, high: boot.high },
  };
}

function costMetric(bases: CaseResult[], heads: CaseResult[], bootstrap: BootstrapSettings): Metric {
  const baseCosts = bases.map(caseCost);
  const headCosts = heads.map(caseCost);
  if (baseCosts.some((c) => c === null) || headCosts.some((c) => c === null)) {
    return sideMetric(caseCostMean(bases), caseCostMean(heads));
  }
  const b = baseCosts as number[];
  const h = headCosts as number[];
  const boot = pairedBootstrap(
    h.map((cost, i) => cost - b[i]),
    bootstrap,
  );
  const baseMean = mean(b);
  return {
    base: baseMean,
    head: mean(h),
    delta: boot.mean,
    relative: baseMean !== 0 ? boot.mean / baseMean : null,
    interval: { low: boot.low, high: boot.high },
  };
}

/** Both sides known, no interval (percentiles and token means are not bootstrapped). */
function sideMetric(base: number | null, head: number | null): Metric {
  const delta = base !== null && head !== null ? head - base : null;
  return {
    base,
    head,
    delta,
    relative: delta !== null && base !== null && base !== 0 ? delta / base : null,
    interval: null,
  };
}

function onlySides(base: number | null, head: number | null): Metric {
  return { base, head, delta: null, relative: null, interval: null };
}

function meanOrNull(values: number[]): number | null {
  return values.length === 0 ? null : mean(values);
}

/** Trials that produced a result; errored trials carry no meaningful cost, tokens or latency. */
function usableTrials(c: CaseResult): TrialResult[] {
  return c.trials.filter((t) => t.status !== 'error');
}

/** Mean system-under-test cost over the case's usable trials; null when any price is unknown. */
function caseCost(c: CaseResult): number | null {
  const trials = usableTrials(c);
  if (trials.length === 0 || trials.some((t) => t.costUsd === null)) return null;
  return mean(trials.map((t) => t.costUsd as number));
}

function caseCostMean(cases: CaseResult[]): number | null {
  const costs = cases.map(caseCost);
  if (costs.length === 0 || costs.some((c) => c === null)) return null;
  return mean(costs as number[]);
}

function latencyPercentile(cases: CaseResult[], p: number): number | null {
  const latencies = cases.flatMap((c) => usableTrials(c).map((t) => t.latencyMs));
  return latencies.length === 0 ? null : percentile(latencies, p);
}

function meanPerCase(cases: CaseResult[], value: (t: TrialResult) => number): number | null {
  const perCase = cases.flatMap((c) => {
    const trials = usableTrials(c);
    return trials.length === 0 ? [] : [mean(trials.map(value))];
  });
  return meanOrNull(perCase);
}

function spendOf(
  base: RunResults | null,
  head: RunResults,
  costDelta: number | null,
  callsPerMonth: number | null,
): Comparison['spend'] {
  const baseTarget = base ? base.totals.costUsd : null;
  const headTarget = head.totals.costUsd;
  const judgeParts = base ? [base.totals.judgeCostUsd, head.totals.judgeCostUsd] : [head.totals.judgeCostUsd];
  const judge = sumOrNull(judgeParts);
  const total = sumOrNull(base ? [baseTarget, headTarget, judge] : [headTarget, judge]);
  const unknown = new Set([...(base?.totals.unknownPriceModels ?? []), ...head.totals.unknownPriceModels]);
  return {
    baseTarget,
    headTarget,
    judge,
    total,
    projectedMonthlyDelta: costDelta !== null && callsPerMonth !== null ? costDelta * callsPerMonth : null,
    unknownPriceModels: [...unknown].sort(),
  };
}

function sumOrNull(values: (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

function tagBreakdown(
  hasBaseRun: boolean,
  pairs: Pair[],
  headValid: CaseResult[],
  bootstrap: BootstrapSettings,
): TagBreakdown[] {
  const tags = [...new Set(headValid.flatMap((c) => c.tags))].sort();
  return tags.map((tag) => {
    if (!hasBaseRun) {
      const heads = headValid.filter((c) => c.tags.includes(tag));
      return {
        tag,
        n: heads.length,
        score: onlySides(null, meanOrNull(heads.map(scoreOf))),
        passRate: onlySides(null, meanOrNull(heads.map(passIndicator))),
      };
    }
    const tagged = pairs.filter((p) => p.head.tags.includes(tag));
    const withInterval = (m: Metric): Metric =>
      tagged.length >= MIN_TAG_PAIRS_FOR_INTERVAL ? m : { ...m, interval: null };
    if (tagged.length === 0) {
      return { tag, n: 0, score: onlySides(null, null), passRate: onlySides(null, null) };
    }
    return {
      tag,
      n: tagged.length,
      score: withInterval(pairedMetric(tagged, scoreOf, bootstrap)),
      passRate: withInterval(pairedMetric(tagged, passIndicator, bootstrap)),
    };
  });
}

function errorsOf(cases: CaseComparison[]): Comparison['errors'] {
  let base = 0;
  let head = 0;
  let either = 0;
  const byKind: Record<string, number> = {};
  for (const c of cases) {
    const baseErrored = c.base?.status === 'error';
    const headErrored = c.head.status === 'error';
    if (baseErrored) base += 1;
    if (headErrored) head += 1;
    if (baseErrored || headErrored) either += 1;
    for (const trial of [...(c.base?.trials ?? []), ...c.head.trials]) {
      if (trial.status !== 'error') continue;
      const kind = trial.error?.kind ?? 'other';
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
  }
  // Denominator: the cases actually compared (a budget cut leaves planned cases unrun, not errored).
  return { base, head, rate: cases.length === 0 ? 0 : either / cases.length, byKind };
}
