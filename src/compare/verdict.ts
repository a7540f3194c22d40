import type { CaseResult } from '../results/schema.js';
import type { Gate } from '../config/suite.js';
import type { Comparison, Verdict } from './types.js';

/** Fewer valid pairs than this and a bootstrap interval is too unstable to block or clear a PR. */
export const MIN_PAIRS_FOR_SCORE_GATE = 5;

/** Reasons stay one line: list at most this many case ids, then "and N more". */
const MAX_IDS_IN_REASON = 10;

type ScoreGate = Verdict['gates']['score'];

interface GateFinding<S> {
  status: S;
  /** Set when the gate blocks (or, for the score gate, on every outcome: it explains the verdict). */
  reason: string | null;
  warnings: string[];
}

/**
 * Decides a comparison against the gate (SPEC §4). Pure.
 *
 * - Error rate above `maxErrorRate` → `error`, never `fail`: the other findings become warnings.
 * - Score: `regression` when the interval's upper bound is below 0 and the mean drop exceeds
 *   `maxScoreDrop`; `inconclusive` when the mean drop exceeds `maxScoreDrop` but the interval
 *   still reaches 0 (the SPEC's "reaches below −maxScoreDrop and above 0", narrowed to a drop
 *   that looks real — see the README);
 *   fewer than MIN_PAIRS_FOR_SCORE_GATE valid pairs → `inconclusive`. This is the literal SPEC
 *   rule, unadjusted: bench/calibration.ts measures 1.8–3.8% false blocks (the upper bound of a
 *   two-sided 95% interval falls below 0 on about 2.5% of no-change PRs) and detection within
 *   5 points of a known-variance oracle for n = 50–200 and 1 or 3 trials.
 * - Any `mustPassTags` case with status `fail` at head → `fail` (an errored one is a warning).
 * - A case that calls a forbidden tool at head but not at base → `fail`: a new permission
 *   violation is a security finding, not noise, whatever the score interval says.
 * - Cost and p50 latency gates, when set, compare relative increases; an unknown cost is a warning.
 * - Any blocking gate → `fail`; otherwise an inconclusive score → `inconclusive`; else `pass`.
 *   Mapping `inconclusive` through `onInconclusive` is the caller's job.
 * - A single run (no base) can only fail on must-pass cases or errors.
 */
export function decide(comparison: Comparison, gate: Gate): Verdict {
  const errorRate = errorRateGate(comparison, gate);
  const score = scoreGate(comparison, gate);
  const mustPass = mustPassGate(comparison, gate);
  const permissions = permissionGate(comparison);
  const cost = costGate(comparison, gate);
  const latency = latencyGate(comparison, gate);

  const gates: Verdict['gates'] = {
    score: score.status,
    mustPass: mustPass.status,
    permissions: permissions.status,
    cost: cost.status,
    latency: latency.status,
    errorRate: errorRate.status,
  };
  const warnings = [
    ...errorRate.warnings,
    ...score.warnings,
    ...mustPass.warnings,
    ...cost.warnings,
    ...latency.warnings,
    ...cutWarning(comparison),
  ];

  const blocking = [
    score.status === 'regression' ? score.reason : null,
    mustPass.reason,
    permissions.reason,
    cost.status === 'exceeded' ? cost.reason : null,
    latency.status === 'exceeded' ? latency.reason : null,
  ].filter(isString);
  const informative = [
    score.status !== 'regression' ? score.reason : null,
    cost.status === 'ok' ? cost.reason : null,
    latency.status === 'ok' ? latency.reason : null,
  ].filter(isString);

  if (errorRate.status === 'exceeded') {
    return {
      decision: 'error',
      reasons: [errorRate.reason as string],
      warnings: [...blocking.map((r) => `not decided because of errors: ${r}`), ...warnings],
      gates,
    };
  }
  if (blocking.length > 0) {
    return { decision: 'fail', reasons: [...blocking, ...informative], warnings, gates };
  }
  return {
    decision: score.status === 'inconclusive' ? 'inconclusive' : 'pass',
    reasons: informative,
    warnings,
    gates,
  };
}

function isString(value: string | null): value is string {
  return value !== null;
}

function errorRateGate(c: Comparison, gate: Gate): GateFinding<'ok' | 'exceeded'> {
  const errored = c.counts.error;
  if (errored === 0) return { status: 'ok', reason: null, warnings: [] };
  const detail = `${errored} of ${c.cases.length} cases (base ${c.errors.base}, head ${c.errors.head}${kindsText(c)})`;
  if (c.errors.rate > gate.maxErrorRate) {
    return {
      status: 'exceeded',
      reason: `${pct(c.errors.rate)} of cases errored — ${detail} — above the ${pct(gate.maxErrorRate)} limit; this is an infrastructure problem, not a regression`,
      warnings: [],
    };
  }
  return { status: 'ok', reason: null, warnings: [`${detail} errored and are left out of the deltas`] };
}

function kindsText(c: Comparison): string {
  const kinds = Object.entries(c.errors.byKind).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return kinds.length === 0 ? '' : `; trial errors: ${kinds.map(([k, n]) => `${k} ×${n}`).join(', ')}`;
}

function scoreGate(c: Comparison, gate: Gate): GateFinding<ScoreGate> {
  const score = c.metrics.score;
  if (c.base === null) {
    const passed = c.counts.unchanged;
    const valid = passed + c.counts['still-failing'];
    const head = score.head === null ? 'no valid cases' : `mean score ${score.head.toFixed(3)}`;
    return {
      status: 'ok',
      reason: `single run (no base to compare): ${head}, ${passed} of ${valid} cases pass`,
      warnings: [],
    };
  }
  if (c.pairs < MIN_PAIRS_FOR_SCORE_GATE || score.delta === null || score.interval === null) {
    return {
      status: 'inconclusive',
      reason: `only ${c.pairs} ${c.pairs === 1 ? 'case has' : 'cases have'} a valid result on both sides; the score gate needs at least ${MIN_PAIRS_FOR_SCORE_GATE}`,
      warnings: [],
    };
  }
  const tolerance = gate.maxScoreDrop;
  const { low, high } = score.interval;
  const ci = `${confidenceLabel(c.confidence)} CI ${signedPts(low)} to ${signedPts(high)}`;
  const tol = `the ${pts(tolerance)}-pt tolerance`;
  if (high < 0 && -score.delta > tolerance) {
    return {
      status: 'regression',
      reason: `mean score dropped ${pts(-score.delta)} pts (${ci}), beyond ${tol}`,
      warnings: [],
    };
  }
  // Narrower than "the interval reaches below the tolerance and above 0": at n = 50–200 that
  // holds for ~85% of no-change PRs (bench/calibration.ts), which would make the warning noise.
  // Inconclusive means the drop *looks* beyond the tolerance but is not significant.
  if (-score.delta > tolerance && low < -tolerance && high >= 0) {
    return {
      status: 'inconclusive',
      reason: `mean score dropped ${pts(-score.delta)} pts (${ci}): beyond ${tol}, but too noisy to call a regression`,
      warnings: [],
    };
  }
  return {
    status: 'ok',
    reason: `mean score changed ${signedPts(score.delta)} pts (${ci}), no drop beyond ${tol}`,
    warnings: [],
  };
}

/** Tools a case called that its `tools` checks forbid, over all trials (empty for an error or null side). */
function forbiddenCalls(result: CaseResult | null): string[] {
  if (!result) return [];
  return result.trials.flatMap((t) => t.checks.flatMap((k) => (k.pass ? [] : (k.violations ?? []).map((v) => v.name))));
}

function permissionGate(c: Comparison): GateFinding<string[]> {
  const fresh = c.cases
    .map((k) => ({ id: k.id, head: forbiddenCalls(k.head), base: forbiddenCalls(k.base) }))
    .filter((k) => k.head.length > 0 && k.base.length === 0);
  if (fresh.length === 0) return { status: [], reason: null, warnings: [] };
  const ids = fresh.map((k) => k.id);
  const tools = [...new Set(fresh.flatMap((k) => k.head))].sort();
  return {
    status: ids,
    reason: `${fresh.length} ${plural(fresh.length, 'case')} ${fresh.length === 1 ? 'calls' : 'call'} a tool outside \`allowed\` that ${fresh.length === 1 ? 'it' : 'they'} did not call at base (${tools.join(', ')}): ${idList(ids)}`,
    warnings: [],
  };
}

function mustPassGate(c: Comparison, gate: Gate): GateFinding<string[]> {
  if (gate.mustPassTags.length === 0) return { status: [], reason: null, warnings: [] };
  const critical = c.cases.filter((k) => k.head.tags.some((t) => gate.mustPassTags.includes(t)));
  const failing = critical.filter((k) => k.head.status === 'fail').map((k) => k.id);
  const errored = critical.filter((k) => k.head.status === 'error').map((k) => k.id);
  const tags = gate.mustPassTags.join(', ');
  const warnings =
    errored.length > 0
      ? [`${errored.length} must-pass ${plural(errored.length, 'case')} errored at head and could not be checked: ${idList(errored)}`]
      : [];
  const reason =
    failing.length > 0
      ? `${failing.length} must-pass ${plural(failing.length, 'case')} (tags: ${tags}) ${failing.length === 1 ? 'fails' : 'fail'} at head: ${idList(failing)}`
      : null;
  return { status: failing, reason, warnings };
}

function costGate(c: Comparison, gate: Gate): GateFinding<Verdict['gates']['cost']> {
  const limit = gate.maxCostIncrease;
  if (limit === null || c.base === null) return { status: 'off', reason: null, warnings: [] };
  const { base, head } = c.metrics.costPerCase;
  if (base === null || head === null) {
    const models = c.spend.unknownPriceModels;
    const which = models.length > 0 ? ` for ${models.join(', ')}; add ${models.length === 1 ? 'it' : 'them'} under \`pricing:\`` : '';
    return { status: 'unknown', reason: null, warnings: [`cost gate not applied: price unknown${which}`] };
  }
  const finding = relativeIncrease({
    what: 'cost per case',
    base,
    head,
    limit,
    format: usd,
  });
  return { status: finding.exceeded ? 'exceeded' : 'ok', reason: finding.reason, warnings: [] };
}

function latencyGate(c: Comparison, gate: Gate): GateFinding<Verdict['gates']['latency']> {
  const limit = gate.maxLatencyIncrease;
  const { base, head } = c.metrics.latencyP50;
  if (limit === null || c.base === null || base === null || head === null) {
    return { status: 'off', reason: null, warnings: [] };
  }
  const finding = relativeIncrease({ what: 'p50 latency', base, head, limit, format: duration });
  return { status: finding.exceeded ? 'exceeded' : 'ok', reason: finding.reason, warnings: [] };
}

function relativeIncrease(args: {
  what: string;
  base: number;
  head: number;
  limit: number;
  format: (value: number) => string;
}): { exceeded: boolean; reason: string } {
  const { what, base, head, limit, format } = args;
  const change = `${format(base)} → ${format(head)}`;
  // From zero, any increase is unbounded in relative terms.
  const relative = base === 0 ? (head > 0 ? Number.POSITIVE_INFINITY : 0) : (head - base) / base;
  const rel = !Number.isFinite(relative)
    ? 'rose from zero'
    : relative === 0
      ? 'did not change'
      : `${relative > 0 ? 'rose' : 'fell'} ${pct(Math.abs(relative))}`;
  return relative > limit
    ? { exceeded: true, reason: `${what} ${rel} (${change}), above the ${pct(limit)} limit` }
    : { exceeded: false, reason: `${what} ${rel} (${change}), within the ${pct(limit)} limit` };
}

function cutWarning(c: Comparison): string[] {
  const cut = c.sample.cut;
  return cut ? [`the run was cut after ${cut.completed} of ${cut.planned} cases: ${cut.reason}`] : [];
}

function idList(ids: string[]): string {
  const shown = ids.slice(0, MAX_IDS_IN_REASON).join(', ');
  return ids.length > MAX_IDS_IN_REASON ? `${shown} and ${ids.length - MAX_IDS_IN_REASON} more` : shown;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

const MINUS = '\u2212';

/** 0.062 → "6.2" (score points: 0..1 scale × 100). Trailing ".0" dropped for whole numbers. */
function pts(value: number): string {
  return trimZero((value * 100).toFixed(1));
}

function signedPts(value: number): string {
  const text = pts(Math.abs(value));
  if (text === '0') return '0';
  return `${value < 0 ? MINUS : '+'}${text}`;
}

function pct(fraction: number): string {
  return `${trimZero((fraction * 100).toFixed(1))}%`;
}

function confidenceLabel(confidence: number): string {
  return pct(confidence);
}

function trimZero(text: string): string {
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

/** Dollars with three significant digits below $1 ($0.00123), cents above, never exponent form. */
function usd(value: number): string {
  if (value >= 1) return `$${value.toFixed(2)}`;
  if (value <= 0) return '$0';
  const decimals = Math.min(20, 2 - Math.floor(Math.log10(value)));
  return `$${value.toFixed(decimals).replace(/0+$/, '').replace(/\.$/, '')}`;
}

function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${trimZero((ms / 1000).toFixed(1))} s`;
}
