import type { CaseResult, RunResults, TrialResult } from '../results/schema.js';
import { tInterval } from './score-test.js';
import { studentTQuantile } from './distributions.js';
import { mean, percentile, mcnemarExact } from './stats.js';
import {
  CASE_CLASSES,
  type CaseClass,
  type CaseComparison,
  type Comparison,
  type Metric,
  type SequentialRecord,
  type Stability,
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
  trafficCallsPerMonth: number | null;
  baselineNote?: string | null;
  /** How a sequential evaluation reached its sample (set by the pipeline; null for a fixed sample). */
  sequential?: SequentialRecord | null;
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
 * - A target failure (crash, timeout, invalid output, template error: `origin: target`) on one
 *   side only counts as a failing trial with score 0 there: the change caused it (SPEC §4). On
 *   both sides, or from the provider, it is an error.
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
  const { base, head, confidence } = args;
  const baseById = new Map((base?.cases ?? []).map((c) => [c.id, c]));

  const cases = head.cases.map((h) => compareCase(base !== null, baseById.get(h.id) ?? null, h));
  cases.sort(byClassThenDelta);

  const pairs: Pair[] = cases.flatMap((c) => (c.delta !== null && c.base ? [{ base: c.base, head: c.head }] : []));
  const headValid = head.cases.filter((c) => c.status !== 'error');
  const headIds = new Set(head.cases.map((c) => c.id));
  const baseValid = base ? base.cases.filter((c) => c.status !== 'error' && headIds.has(c.id)) : [];

  const metrics = base ? (pairs.length > 0 ? pairedMetrics(pairs, confidence) : unpairedMetrics(baseValid, headValid)) : unpairedMetrics(null, headValid);

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
      used: head.cases.length,
      total: head.meta.totalCases,
      seed: head.meta.seed,
      trials: head.meta.trials,
      cut: head.meta.cut,
    },
    sequential: args.sequential ?? null,
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
    tags: tagBreakdown(base !== null, pairs, headValid, confidence),
    errors: errorsOf(cases),
  };
}

/** One case of the head run against its base result (null: not in the base run, or no base run). */
function compareCase(hasBaseRun: boolean, rawBase: CaseResult | null, rawHead: CaseResult): CaseComparison {
  const [baseCase, headCase] = withTargetFailures(rawBase, rawHead);
  const cls = classify(hasBaseRun, baseCase, headCase);
  const delta = cls !== 'error' && baseCase && baseCase.score !== null && headCase.score !== null ? headCase.score - baseCase.score : null;
  return { id: headCase.id, tags: headCase.tags, class: cls, base: baseCase, head: headCase, delta, stability: stabilityOf(cls, baseCase, headCase) };
}

/**
 * Per-case score deltas (head − base) of the valid pairs, by the same rules as compareRuns: what
 * sequential sampling tests after each batch.
 */
export function pairedDeltas(base: readonly CaseResult[], head: readonly CaseResult[]): number[] {
  const baseById = new Map(base.map((c) => [c.id, c]));
  return head.flatMap((h) => {
    const b = baseById.get(h.id);
    if (!b) return [];
    const { delta } = compareCase(true, b, h);
    return delta === null ? [] : [delta];
  });
}

/** Trials the system under test itself failed (crash, timeout, invalid output, template). */
function targetFailed(t: TrialResult): boolean {
  return t.status === 'error' && t.error?.origin === 'target';
}

/**
 * Counts one side's target failures as failing trials (score 0) when the other side has none:
 * then the change caused them. Shared by both sides they are a broken case, not a regression,
 * and stay errors.
 */
function withTargetFailures(base: CaseResult | null, head: CaseResult): [CaseResult | null, CaseResult] {
  const baseFailed = base?.trials.some(targetFailed) ?? false;
  const headFailed = head.trials.some(targetFailed);
  if (baseFailed === headFailed) return [base, head];
  return headFailed ? [base, asFailures(head)] : [asFailures(base!), head];
}

function asFailures(c: CaseResult): CaseResult {
  const asFailure = (t: TrialResult): TrialResult => (targetFailed(t) ? { ...t, status: 'fail', score: 0 } : t);
  const trials = c.trials.map(asFailure);
  const confirm = c.confirmTrials ? { confirmTrials: c.confirmTrials.map(asFailure) } : {};
  const ok = trials.filter((t) => t.status !== 'error');
  const passes = ok.filter((t) => t.status === 'pass').length;
  return {
    ...c,
    ...confirm,
    trials,
    score: ok.length === 0 ? null : ok.reduce((s, t) => s + (t.score ?? 0), 0) / ok.length,
    status: ok.length === 0 ? 'error' : passes * 2 >= ok.length ? 'pass' : 'fail',
  };
}

/**
 * With several trials, how a case behaved (SPEC §4, flaky vs regressed): `regressed` / `fixed`
 * when every trial passed on one side and every trial failed on the other; `flaky` when some
 * side's trials disagree; `stable` when each side's trials agree and the sides agree. null with
 * one trial (nothing to tell) or without a valid pair.
 */
function stabilityOf(cls: CaseClass, base: CaseResult | null, head: CaseResult): Stability | null {
  if (cls === 'error' || !base) return null;
  const rate = (c: CaseResult) => {
    const ok = c.trials.filter((t) => t.status !== 'error');
    return { n: ok.length, passes: ok.filter((t) => t.status === 'pass').length };
  };
  const b = rate(base);
  const h = rate(head);
  if (b.n < 2 && h.n < 2) return null;
  const uniform = (r: { n: number; passes: number }) => r.passes === 0 || r.passes === r.n;
  if (!uniform(b) || !uniform(h)) return 'flaky';
  const basePass = b.passes === b.n;
  const headPass = h.passes === h.n;
  if (basePass === headPass) return 'stable';
  return basePass ? 'regressed' : 'fixed';
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

const passIndicator = (c: CaseResult): number => (c.status === 'pass' ? 1 : 0);
const scoreOf = (c: CaseResult): number => c.score ?? 0;

function pairedMetrics(pairs: Pair[], confidence: number): Metrics {
  const bases = pairs.map((p) => p.base);
  const heads = pairs.map((p) => p.head);
  return {
    score: pairedMetric(pairs, scoreOf, confidence),
    passRate: pairedMetric(pairs, passIndicator, confidence),
    costPerCase: costMetric(bases, heads, confidence),
    latency: latencyMetric(bases, heads, confidence),
    latencyP50: sideMetric(latencyPercentile(bases, 0.5), latencyPercentile(heads, 0.5)),
    latencyP95: sideMetric(latencyPercentile(bases, 0.95), latencyPercentile(heads, 0.95)),
    inputTokens: sideMetric(
      meanPerCase(bases, (t) => t.usage.inputTokens),
      meanPerCase(heads, (t) => t.usage.inputTokens),
    ),
    outputTokens: sideMetric(
      meanPerCase(bases, (t) => t.usage.outputTokens),
      meanPerCase(heads, (t) => t.usage.outputTokens),
    ),
  };
}

/** Each side over its own cases; no deltas (nothing is paired). `bases` null = no base run. */
function unpairedMetrics(bases: CaseResult[] | null, heads: CaseResult[]): Metrics {
  const side = (f: (cases: CaseResult[]) => number | null): Metric => onlySides(bases ? f(bases) : null, f(heads));
  return {
    score: side((cs) => meanOrNull(cs.map(scoreOf))),
    passRate: side((cs) => meanOrNull(cs.map(passIndicator))),
    costPerCase: side((cs) => caseCostMean(cs)),
    latency: side((cs) => geometricMeanLatency(cs)),
    latencyP50: side((cs) => latencyPercentile(cs, 0.5)),
    latencyP95: side((cs) => latencyPercentile(cs, 0.95)),
    inputTokens: side((cs) => meanPerCase(cs, (t) => t.usage.inputTokens)),
    outputTokens: side((cs) => meanPerCase(cs, (t) => t.usage.outputTokens)),
  };
}

/** Mean delta with its Student-t interval over cases (deterministic; cases are the unit). */
function pairedMetric(pairs: Pair[], value: (c: CaseResult) => number, confidence: number): Metric {
  const baseMean = mean(pairs.map((p) => value(p.base)));
  const headMean = mean(pairs.map((p) => value(p.head)));
  const deltas = pairs.map((p) => value(p.head) - value(p.base));
  const delta = mean(deltas);
  const interval = tInterval(deltas, confidence);
  return {
    base: baseMean,
    head: headMean,
    delta,
    relative: baseMean !== 0 ? delta / baseMean : null,
    interval: interval ? { low: interval.low, high: interval.high } : null,
    relativeInterval: null,
  };
}

/**
 * Cost per case with the interval of its delta and of its relative change: the ratio of the two
 * means, its log's standard error by the delta method over paired cases (SPEC §4: cost gates
 * on the interval, not on point estimates).
 */
function costMetric(bases: CaseResult[], heads: CaseResult[], confidence: number): Metric {
  const baseCosts = bases.map(caseCost);
  const headCosts = heads.map(caseCost);
  if (baseCosts.some((c) => c === null) || headCosts.some((c) => c === null)) {
    return sideMetric(caseCostMean(bases), caseCostMean(heads));
  }
  const b = baseCosts as number[];
  const h = headCosts as number[];
  const deltas = h.map((cost, i) => cost - b[i]);
  const baseMean = mean(b);
  const headMean = mean(h);
  const delta = headMean - baseMean;
  const interval = tInterval(deltas, confidence);
  return {
    base: baseMean,
    head: headMean,
    delta,
    relative: baseMean !== 0 ? delta / baseMean : null,
    interval: interval ? { low: interval.low, high: interval.high } : null,
    relativeInterval: ratioInterval(b, h, confidence),
  };
}

/** Interval of mean(h)/mean(b) − 1 for paired values (delta method on the log ratio). */
function ratioInterval(b: number[], h: number[], confidence: number): Metric['relativeInterval'] {
  const n = b.length;
  const mb = mean(b);
  const mh = mean(h);
  if (n < 2 || !(mb > 0) || !(mh > 0)) return null;
  let vb = 0;
  let vh = 0;
  let cov = 0;
  for (let i = 0; i < n; i++) {
    vb += (b[i] - mb) ** 2;
    vh += (h[i] - mh) ** 2;
    cov += (b[i] - mb) * (h[i] - mh);
  }
  vb /= n - 1;
  vh /= n - 1;
  cov /= n - 1;
  const variance = Math.max(0, (vh / (mh * mh) + vb / (mb * mb) - (2 * cov) / (mh * mb)) / n);
  const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * Math.sqrt(variance);
  const logRatio = Math.log(mh / mb);
  return { low: Math.exp(logRatio - half) - 1, high: Math.exp(logRatio + half) - 1 };
}

/**
 * Latency as the geometric mean of each case's mean latency, with the interval of its relative
 * change from paired log-latencies (SPEC §4): latencies are skewed, their logs far less so.
 */
function latencyMetric(bases: CaseResult[], heads: CaseResult[], confidence: number): Metric {
  const logs = bases.flatMap((b, i) => {
    const lb = caseLatency(b);
    const lh = caseLatency(heads[i]);
    return lb !== null && lh !== null && lb > 0 && lh > 0 ? [{ b: Math.log(lb), h: Math.log(lh) }] : [];
  });
  if (logs.length === 0) return sideMetric(geometricMeanLatency(bases), geometricMeanLatency(heads));
  const base = Math.exp(mean(logs.map((l) => l.b)));
  const head = Math.exp(mean(logs.map((l) => l.h)));
  const interval = tInterval(
    logs.map((l) => l.h - l.b),
    confidence,
  );
  return {
    base,
    head,
    delta: head - base,
    relative: head / base - 1,
    interval: null,
    relativeInterval: interval ? { low: Math.exp(interval.low) - 1, high: Math.exp(interval.high) - 1 } : null,
  };
}

function caseLatency(c: CaseResult): number | null {
  const trials = usableTrials(c);
  return trials.length === 0 ? null : mean(trials.map((t) => t.latencyMs));
}

function geometricMeanLatency(cases: CaseResult[]): number | null {
  const logs = cases.flatMap((c) => {
    const l = caseLatency(c);
    return l !== null && l > 0 ? [Math.log(l)] : [];
  });
  return logs.length === 0 ? null : Math.exp(mean(logs));
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
    relativeInterval: null,
  };
}

function onlySides(base: number | null, head: number | null): Metric {
  return { base, head, delta: null, relative: null, interval: null, relativeInterval: null };
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

function spendOf(base: RunResults | null, head: RunResults, costDelta: number | null, callsPerMonth: number | null): Comparison['spend'] {
  const baseTarget = base ? base.totals.costUsd : null;
  const headTarget = head.totals.costUsd;
  const judgeParts = base ? [base.totals.judgeCostUsd, head.totals.judgeCostUsd] : [head.totals.judgeCostUsd];
  const judge = sumOrNull(judgeParts);
  const total = sumOrNull(base ? [baseTarget, headTarget, judge] : [headTarget, judge]);
  const unknown = new Set([...(base?.totals.unknownPriceModels ?? []), ...head.totals.unknownPriceModels]);
  const sides = base ? [base, head] : [head];
  return {
    baseTarget,
    headTarget,
    judge,
    total,
    live: sumOrNull(sides.map((r) => r.totals.liveCostUsd ?? 0)),
    replayed: sumOrNull(sides.map((r) => r.totals.replayedCostUsd ?? 0)),
    unrecordedCalls: sides.reduce((n, r) => n + (r.totals.unrecordedCalls ?? 0), 0),
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

/**
 * Per-tag results are exploratory and never block (SPEC §4); their intervals are
 * Bonferroni-adjusted for the number of tags shown, so one tag in twenty is not "significant"
 * by chance alone.
 */
function tagBreakdown(hasBaseRun: boolean, pairs: Pair[], headValid: CaseResult[], confidence: number): TagBreakdown[] {
  const tags = [...new Set(headValid.flatMap((c) => c.tags))].sort();
  const withIntervals = tags.filter((tag) => pairs.filter((p) => p.head.tags.includes(tag)).length >= MIN_TAG_PAIRS_FOR_INTERVAL).length;
  const adjusted = 1 - (1 - confidence) / Math.max(1, withIntervals);
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
    const withInterval = (m: Metric): Metric => (tagged.length >= MIN_TAG_PAIRS_FOR_INTERVAL ? m : { ...m, interval: null });
    if (tagged.length === 0) {
      return { tag, n: 0, score: onlySides(null, null), passRate: onlySides(null, null) };
    }
    return {
      tag,
      n: tagged.length,
      score: withInterval(pairedMetric(tagged, scoreOf, adjusted)),
      passRate: withInterval(pairedMetric(tagged, passIndicator, adjusted)),
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
