import type { Gate } from '../config/suite.js';
import type { CaseResult } from '../results/schema.js';
import { costScale, duration, pct, pts, signedPct, signedPts, usd } from '../util/numbers.js';
import { groupDigits } from '../util/units.js';
import { casesNeeded, designOf, detectableDrop, takeLook, type Look, type SequentialDesign } from './sequential.js';
import type { CaseComparison, Comparison, Decision, FinalDecision, Finding, ScoreEvidence, Verdict } from './types.js';

/**
 * The one decision module (SPEC §4): every rule of the gate, as pure functions of a comparison
 * and the gate, each returning a structured finding. The action, the CLI, shard merges and
 * stored baselines all decide here; renderers only format what it returns.
 *
 * - `errors`: provider/infrastructure errors above `max-error-rate` → `error`, never `fail`.
 * - `score`: non-inferiority at one-sided α = (1 − confidence)/2 against δ = max-score-drop, and
 *   a second one-sided test at β = 10% against Δ = detect-drop: `block` when the drop is shown
 *   beyond δ, `ok` when it is shown smaller than Δ, `inconclusive` when the sample was spent
 *   without either. Sequential runs decide at the look that stopped them (src/compare/sequential.ts).
 * - `must-pass`: a must-pass case that passed at base and fails at head blocks once its
 *   confirmation trials fail too (most of all its head trials fail); failing at base too is
 *   pre-existing and only blocks with `must-pass: strict`.
 * - `permissions`: a tool call outside `allowed` at head but not at base blocks.
 * - `cost`, `latency`: block when the lower end of the interval of the relative increase is
 *   above the limit, never on a point estimate.
 */
export function decide(c: Comparison, gate: Gate): Verdict {
  const score = scoreFinding(c, gate);
  const findings: Finding[] = [
    errorsFinding(c, gate),
    score.finding,
    mustPassFinding(c, gate),
    permissionsFinding(c),
    costFinding(c, gate),
    latencyFinding(c, gate),
  ];
  const byRule = (rule: Finding['rule']) => findings.find((f) => f.rule === rule)!;
  const errors = byRule('errors');
  const blocking = findings.filter((f) => f.rule !== 'errors' && f.outcome === 'block');
  const warnings = [
    ...findings.filter((f) => f.outcome === 'warn').map((f) => f.message),
    ...mustPassNotes(c, gate),
    ...changeFailureNote(c),
    ...cutWarning(c),
  ];
  const informative = [
    score.finding.outcome !== 'block' ? score.finding.message : null,
    ...findings.filter((f) => (f.rule === 'cost' || f.rule === 'latency') && f.outcome === 'ok').map((f) => f.message),
  ].filter((m): m is string => m !== null);

  const gates: Verdict['gates'] = {
    score: score.finding.outcome === 'block' ? 'regression' : score.finding.outcome === 'inconclusive' ? 'inconclusive' : 'ok',
    mustPass: byRule('must-pass').cases ?? [],
    permissions: byRule('permissions').cases ?? [],
    cost: gateState(byRule('cost')),
    // Latency is always measured, so it is never "unknown": a gate without data is off.
    latency: byRule('latency').outcome === 'block' ? 'exceeded' : byRule('latency').outcome === 'ok' ? 'ok' : 'off',
    errorRate: errors.outcome === 'block' ? 'exceeded' : 'ok',
  };
  let decision: Decision;
  let reasons: string[];
  if (errors.outcome === 'block') {
    decision = 'error';
    reasons = [errors.message];
    warnings.unshift(...blocking.map((f) => `not decided because of errors: ${f.message}`));
  } else if (blocking.length > 0) {
    decision = 'fail';
    reasons = [...blocking.map((f) => f.message), ...informative];
  } else {
    decision = score.finding.outcome === 'inconclusive' ? 'inconclusive' : 'pass';
    reasons = informative;
  }
  if (errors.outcome === 'warn') warnings.unshift(errors.message);
  return { decision, reasons, warnings, findings, evidence: score.evidence, gates };
}

function gateState(f: Finding): 'ok' | 'exceeded' | 'off' | 'unknown' {
  if (f.outcome === 'block') return 'exceeded';
  if (f.outcome === 'off') return 'off';
  if (f.outcome === 'warn') return 'unknown';
  return 'ok';
}

/**
 * Applies the maintainers' approval and `on-inconclusive` to a verdict: what the action and the
 * CLI report and exit with. Without GitHub (the CLI) there is no approval.
 */
export function finalDecision(verdict: Decision, approved: boolean, gate: Pick<Gate, 'onInconclusive'>): FinalDecision {
  const blocking = verdict === 'fail' || (verdict === 'inconclusive' && gate.onInconclusive === 'fail');
  if (blocking) return approved ? 'approved' : 'fail';
  return verdict;
}

/**
 * A shard job evaluates a slice and decides nothing: its own verdict on a slice is informative
 * only, and just an untrustworthy evaluation fails it (the merge job decides).
 */
export function shardDecision(verdict: Decision): 'pass' | 'error' {
  return verdict === 'error' ? 'error' : 'pass';
}

/** `mode: baseline` evaluates one side and decides only whether the run can be trusted. */
export function baselineDecision(totals: { cases: number; errors: number }, gate: Pick<Gate, 'maxErrorRate'>): 'pass' | 'error' {
  return totals.errors / Math.max(1, totals.cases) > gate.maxErrorRate ? 'error' : 'pass';
}

// ---- errors ----

function errorsFinding(c: Comparison, gate: Gate): Finding {
  const errored = c.counts.error;
  const numbers = { errored, cases: c.cases.length, base: c.errors.base, head: c.errors.head, rate: c.errors.rate, limit: gate.maxErrorRate };
  if (errored === 0) return { rule: 'errors', outcome: 'ok', message: 'no case errored', numbers };
  const detail = `${errored} of ${c.cases.length} cases (base ${c.errors.base}, head ${c.errors.head}${kindsText(c)})`;
  if (c.errors.rate > gate.maxErrorRate) {
    // Target errors on both sides (template, crash, timeout) are a broken suite or target, not an outage.
    const broken = c.cases.filter((k) => k.class === 'error' && [k.base, k.head].every((r) => r?.trials.some((t) => t.error?.origin === 'target'))).length;
    const cause =
      broken * 2 > errored
        ? `most of them (${broken}) fail the same way at base and head (template, command or timeout errors): the suite or the target is broken, not the provider — fix it and run again`
        : 'this is an infrastructure problem, not a regression';
    return {
      rule: 'errors',
      outcome: 'block',
      message: `${pct(c.errors.rate)} of cases errored — ${detail} — above the ${pct(gate.maxErrorRate)} limit; ${cause}`,
      numbers,
    };
  }
  return { rule: 'errors', outcome: 'warn', message: `${detail} errored and are left out of the deltas`, numbers };
}

function kindsText(c: Comparison): string {
  const kinds = Object.entries(c.errors.byKind).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return kinds.length === 0 ? '' : `; trial errors: ${kinds.map(([k, n]) => `${k} ×${n}`).join(', ')}`;
}

/** Target failures on one side only are counted as failing cases; say so, they explain a drop. */
function changeFailureNote(c: Comparison): string[] {
  const crashed = (r: CaseResult | null) => r?.trials.some((t) => t.error?.origin === 'target') ?? false;
  const ids = c.cases.filter((k) => k.class !== 'error' && crashed(k.head) && !crashed(k.base)).map((k) => k.id);
  if (ids.length === 0) return [];
  return [
    `${ids.length} ${plural(ids.length, 'case')} failed because the target crashed, timed out or returned invalid output at head only; ${ids.length === 1 ? 'it counts' : 'they count'} as failing: ${idList(ids)}`,
  ];
}

// ---- score ----

interface ScoreOutcome {
  finding: Finding;
  evidence: ScoreEvidence | null;
}

function scoreFinding(c: Comparison, gate: Gate): ScoreOutcome {
  const score = c.metrics.score;
  if (c.base === null) {
    const passed = c.counts.unchanged;
    const valid = passed + c.counts['still-failing'];
    const head = score.head === null ? 'no valid cases' : `mean score ${score.head.toFixed(3)}`;
    return {
      finding: {
        rule: 'score',
        outcome: 'ok',
        message: `single run (no base to compare): ${head}, ${passed} of ${valid} cases pass`,
        numbers: { head: score.head },
      },
      evidence: null,
    };
  }
  const deltas = c.cases.flatMap((k) => (k.delta === null ? [] : [k.delta]));
  const seq = c.sequential;
  const design: SequentialDesign = designOf({
    maxCases: seq?.maxCases ?? Math.max(1, c.sample.used),
    batches: seq?.plannedLooks.length ?? 1,
    confidence: gate.confidence,
    maxScoreDrop: gate.maxScoreDrop,
    detectDrop: gate.detectDrop,
  });
  const look: Look = seq?.looks.at(-1) ?? takeLook(design, [Math.max(1, c.sample.used)], deltas, true);
  const test = look.test;
  const evidence: ScoreEvidence = {
    method: test.method,
    pairs: test.n,
    casesUsed: c.sample.used,
    maxCases: design.maxCases,
    stop: seq?.stop ?? 'fixed',
    looks: seq?.looks.length ?? 1,
    plannedLooks: design.looks.length,
    maxScoreDrop: gate.maxScoreDrop,
    detectDrop: gate.detectDrop,
    alpha: design.alpha,
    beta: design.beta,
    detectableDrop: detectableDrop(design, test.n, test.sd),
    casesNeeded: test.n >= 2 ? casesNeeded(design, test.sd) : null,
  };
  const numbers = {
    mean: test.mean,
    low: score.interval?.low ?? null,
    high: score.interval?.high ?? null,
    pairs: test.n,
    zFail: finiteOrNull(test.zFail),
    zPass: finiteOrNull(test.zPass),
    failBound: look.failBound,
    passBound: look.passBound,
    maxScoreDrop: gate.maxScoreDrop,
    detectDrop: gate.detectDrop,
  };
  const ci = score.interval ? ` (${pct(c.confidence)} CI ${signedPts(score.interval.low)} to ${signedPts(score.interval.high)})` : '';
  const change = `mean score ${test.mean < 0 ? `dropped ${pts(-test.mean)} pts` : `changed ${signedPts(test.mean)} pts`}${ci}`;
  const where = whereText(evidence);
  if (look.crossed === 'fail') {
    return {
      finding: { rule: 'score', outcome: 'block', message: `${change}: the drop is beyond the ${pts(gate.maxScoreDrop)}-pt tolerance ${where}`, numbers },
      evidence,
    };
  }
  if (look.crossed === 'pass') {
    return {
      finding: { rule: 'score', outcome: 'ok', message: `${change}: a drop of ${pts(gate.detectDrop)} pts or more is ruled out ${where}`, numbers },
      evidence,
    };
  }
  const needed =
    evidence.casesNeeded !== null && evidence.casesNeeded > design.maxCases
      ? `; about ${groupDigits(evidence.casesNeeded)} cases (or more trials) would decide`
      : '';
  const why =
    test.n < 2
      ? `only ${test.n} ${test.n === 1 ? 'case has' : 'cases have'} a valid result on both sides`
      : `neither beyond the ${pts(gate.maxScoreDrop)}-pt tolerance nor shown to be below ${pts(gate.detectDrop)} pts ${where}`;
  return { finding: { rule: 'score', outcome: 'inconclusive', message: `${change}: ${why}${needed}`, numbers }, evidence };
}

function whereText(e: ScoreEvidence): string {
  if (e.stop === 'fixed') return `(${groupDigits(e.pairs)} paired cases)`;
  if (e.casesUsed < e.maxCases) return `after ${groupDigits(e.casesUsed)} of at most ${groupDigits(e.maxCases)} cases`;
  return `after all ${groupDigits(e.maxCases)} cases`;
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

// ---- must-pass ----

interface MustPassCase {
  id: string;
  kind: 'confirmed' | 'unconfirmed' | 'flaky' | 'pre-existing' | 'errored';
  /** Failing head trials and head trials counted (with confirmation trials). */
  failed: number;
  trials: number;
}

/** Head trials of a case that produced a result, with its confirmation trials. */
function headTrialCounts(head: CaseResult): { failed: number; trials: number; confirmed: boolean } {
  const all = [...head.trials, ...(head.confirmTrials ?? [])].filter((t) => t.status !== 'error');
  // Confirmed only by confirmation trials that produced a result (errored ones confirm nothing).
  const confirmed = (head.confirmTrials ?? []).some((t) => t.status !== 'error');
  return { failed: all.filter((t) => t.status === 'fail').length, trials: all.length, confirmed };
}

function mustPassCases(c: Comparison, gate: Gate): MustPassCase[] {
  if (gate.mustPassTags.length === 0) return [];
  const critical = c.cases.filter((k) => k.head.tags.some((t) => gate.mustPassTags.includes(t)));
  return critical.flatMap((k): MustPassCase[] => {
    if (k.head.status === 'error') return [{ id: k.id, kind: 'errored', failed: 0, trials: 0 }];
    if (k.head.status !== 'fail') return [];
    const counts = headTrialCounts(k.head);
    const preExisting = k.base !== null && k.base.status === 'fail';
    if (preExisting && gate.mustPass !== 'strict') return [{ id: k.id, kind: 'pre-existing', ...counts }];
    // Most of all head trials fail: with one trial and two confirmations, two of three.
    if (counts.failed * 2 <= counts.trials) return [{ id: k.id, kind: 'flaky', ...counts }];
    return [{ id: k.id, kind: counts.confirmed || gate.confirmTrials === 0 ? 'confirmed' : 'unconfirmed', ...counts }];
  });
}

function mustPassFinding(c: Comparison, gate: Gate): Finding {
  const all = mustPassCases(c, gate);
  const blocking = all.filter((m) => m.kind === 'confirmed' || m.kind === 'unconfirmed');
  const numbers = {
    blocking: blocking.length,
    flaky: all.filter((m) => m.kind === 'flaky').length,
    preExisting: all.filter((m) => m.kind === 'pre-existing').length,
  };
  if (gate.mustPassTags.length === 0) return { rule: 'must-pass', outcome: 'off', message: 'no must-pass tags', numbers, cases: [] };
  if (blocking.length === 0) return { rule: 'must-pass', outcome: 'ok', message: 'every must-pass case holds', numbers, cases: [] };
  const ids = blocking.map((m) => m.id);
  const tags = gate.mustPassTags.join(', ');
  const how =
    blocking.every((m) => m.kind === 'confirmed') && gate.confirmTrials > 0
      ? `, confirmed by re-running at head (${blocking
          .map((m) => `${m.failed} of ${m.trials} trials failed`)
          .slice(0, 3)
          .join('; ')}${blocking.length > 3 ? '; …' : ''})`
      : '';
  return {
    rule: 'must-pass',
    outcome: 'block',
    message: `${ids.length} must-pass ${plural(ids.length, 'case')} (tags: ${tags}) ${ids.length === 1 ? 'fails' : 'fail'} at head${how}: ${idList(ids)}`,
    numbers,
    cases: ids,
  };
}

/** What the must-pass rule saw but did not block on. */
function mustPassNotes(c: Comparison, gate: Gate): string[] {
  const all = mustPassCases(c, gate);
  const notes: string[] = [];
  const of = (kind: MustPassCase['kind']) => all.filter((m) => m.kind === kind).map((m) => m.id);
  const errored = of('errored');
  const flaky = of('flaky');
  const pre = of('pre-existing');
  if (errored.length > 0)
    notes.push(`${errored.length} must-pass ${plural(errored.length, 'case')} errored at head and could not be checked: ${idList(errored)}`);
  if (flaky.length > 0)
    notes.push(
      `${flaky.length} must-pass ${plural(flaky.length, 'case')} failed at head but passed most confirmation trials (flaky, not blocking): ${idList(flaky)}`,
    );
  if (pre.length > 0)
    notes.push(
      `${pre.length} must-pass ${plural(pre.length, 'case')} already failed at base (pre-existing, not blocking; \`must-pass: strict\` blocks them): ${idList(pre)}`,
    );
  if (of('unconfirmed').length > 0) {
    notes.push('must-pass failures could not be confirmed by re-running (the budget ran out or the re-runs errored): they block unconfirmed');
  }
  return notes;
}

// ---- permissions ----

/** Tools a case called that its `tools` checks forbid, over all trials (empty for an error or null side). */
function forbiddenCalls(result: CaseResult | null): string[] {
  if (!result) return [];
  return result.trials.flatMap((t) => t.checks.flatMap((k) => (k.pass ? [] : (k.violations ?? []).map((v) => v.name))));
}

function permissionsFinding(c: Comparison): Finding {
  const fresh = c.cases
    .map((k: CaseComparison) => ({ id: k.id, head: forbiddenCalls(k.head), base: forbiddenCalls(k.base) }))
    .filter((k) => k.head.length > 0 && k.base.length === 0);
  if (fresh.length === 0) return { rule: 'permissions', outcome: 'ok', message: 'no new forbidden tool calls', numbers: { cases: 0 }, cases: [] };
  const ids = fresh.map((k) => k.id);
  const tools = [...new Set(fresh.flatMap((k) => k.head))].sort();
  return {
    rule: 'permissions',
    outcome: 'block',
    message: `${fresh.length} ${plural(fresh.length, 'case')} ${fresh.length === 1 ? 'calls' : 'call'} a tool outside \`allowed\` that ${fresh.length === 1 ? 'it' : 'they'} did not call at base (${tools.join(', ')}): ${idList(ids)}`,
    numbers: { cases: fresh.length },
    cases: ids,
  };
}

// ---- cost and latency ----

function costFinding(c: Comparison, gate: Gate): Finding {
  const limit = gate.maxCostIncrease;
  if (limit === null || c.base === null) return { rule: 'cost', outcome: 'off', message: 'no cost limit', numbers: { limit } };
  const { base, head } = c.metrics.costPerCase;
  if (base === null || head === null) {
    const models = c.spend.unknownPriceModels;
    const which = models.length > 0 ? ` for ${models.join(', ')}; add ${models.length === 1 ? 'it' : 'them'} under \`pricing:\`` : '';
    return { rule: 'cost', outcome: 'warn', message: `cost gate not applied: price unknown${which}`, numbers: { limit } };
  }
  // Per-case costs of a cheap model read better per 1,000 cases ($0.0554, not $0.0000554).
  const scale = costScale([base, head]);
  return relativeGate('cost', `cost per ${scale.unit}`, c.metrics.costPerCase, limit, (v) => usd(v * scale.factor), c.confidence);
}

function latencyFinding(c: Comparison, gate: Gate): Finding {
  const limit = gate.maxLatencyIncrease;
  const m = c.metrics.latency;
  if (limit === null || c.base === null || m.base === null || m.head === null) {
    return { rule: 'latency', outcome: 'off', message: 'no latency limit', numbers: { limit } };
  }
  return relativeGate('latency', 'latency (geometric mean per case)', m, limit, duration, c.confidence);
}

/** Blocks only when the interval's lower end of the relative increase is above the limit. */
function relativeGate(
  rule: 'cost' | 'latency',
  what: string,
  m: Comparison['metrics']['costPerCase'],
  limit: number,
  format: (v: number) => string,
  confidence: number,
): Finding {
  const base = m.base!;
  const head = m.head!;
  const relative = base === 0 ? (head > 0 ? Number.POSITIVE_INFINITY : 0) : head / base - 1;
  const interval = m.relativeInterval;
  const numbers = { base, head, relative: Number.isFinite(relative) ? relative : null, low: interval?.low ?? null, high: interval?.high ?? null, limit };
  const change = `${format(base)} → ${format(head)}`;
  const rel = !Number.isFinite(relative)
    ? 'rose from zero'
    : relative === 0
      ? 'did not change'
      : `${relative > 0 ? 'rose' : 'fell'} ${pct(Math.abs(relative))}`;
  const ci = interval ? `; ${pct(confidence)} CI ${signedPct(interval.low)} to ${signedPct(interval.high)}` : '';
  // From zero any increase is unbounded; with no interval (one pair) only a certain excess blocks.
  const exceeded = interval ? interval.low > limit : base === 0 ? head > 0 : false;
  if (exceeded) return { rule, outcome: 'block', message: `${what} ${rel} (${change}${ci}), above the ${pct(limit)} limit`, numbers };
  return { rule, outcome: 'ok', message: `${what} ${rel} (${change}${ci}), not shown to exceed the ${pct(limit)} limit`, numbers };
}

function cutWarning(c: Comparison): string[] {
  const cut = c.sample.cut;
  return cut ? [`the run was cut after ${cut.completed} of ${cut.planned} cases: ${cut.reason}`] : [];
}

// ---- words and numbers ----

/** Reasons stay one line: list at most this many case ids, then "and N more". */
const MAX_IDS_IN_REASON = 10;

function idList(ids: string[]): string {
  const shown = ids.slice(0, MAX_IDS_IN_REASON).join(', ');
  return ids.length > MAX_IDS_IN_REASON ? `${shown} and ${ids.length - MAX_IDS_IN_REASON} more` : shown;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
