// Builders of results, comparisons, verdicts and report inputs for the tests of compare/, report/
// and hardening/. Two levels, one set of defaults: the `a*` builders make a whole object from
// overrides (aTrial, aCaseResult, aMeta, aMetric, aComparison, …); the spec builders (trial,
// caseResult, passing/failing/errored, run) take the few numbers a statistics or decision test
// varies and are built on the `a*` ones.
import { createHash } from 'node:crypto';
import { createRedactor } from '../../src/report/redact.js';
import type { CaseClass, CaseComparison, Comparison, Metric, TagBreakdown, Verdict } from '../../src/compare/types.js';
import { CASE_CLASSES } from '../../src/compare/types.js';
import type { CaseResult, CheckResult, RunMeta, RunResults, Step, TrialResult, ErrorKind, Totals } from '../../src/results/schema.js';
import { ZERO_USAGE } from '../../src/results/schema.js';
import type { ReportInput } from '../../src/report/types.js';

const BASE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const HEAD_SHA = 'f00dfeedbeef00112233445566778899aabbccdd';

export function aCheck(overrides: Partial<CheckResult> = {}): CheckResult {
  const pass = overrides.pass ?? true;
  return {
    kind: 'contains',
    label: 'contains "30 days"',
    pass,
    score: pass ? 1 : 0,
    reason: pass ? 'found "30 days"' : 'did not find "30 days"',
    ...overrides,
  };
}

export function aJudgeCheck(pass: boolean, reasoning: string): CheckResult {
  const score = pass ? 0.9 : 0.3;
  return aCheck({
    kind: 'judge',
    label: 'judge: states the return window',
    pass,
    score,
    reason: `judge score ${score} vs threshold 0.7`,
    judge: {
      model: 'gpt-4o-mini',
      reasoning,
      score,
      usage: { inputTokens: 300, cachedTokens: 0, outputTokens: 80 },
      costUsd: 0.0001,
      latencyMs: 900,
      cached: false,
    },
  });
}

export function aStep(overrides: Partial<Step> = {}): Step {
  return {
    type: 'llm',
    name: 'chat.completions',
    model: 'gpt-4o-mini',
    usage: { inputTokens: 120, cachedTokens: 0, outputTokens: 45 },
    costUsd: 0.000045,
    latencyMs: 850,
    source: 'target',
    ...overrides,
  };
}

export function aTrial(overrides: Partial<TrialResult> = {}): TrialResult {
  const checks = overrides.checks ?? [aCheck()];
  const status = overrides.status ?? (checks.every((c) => c.pass) ? 'pass' : 'fail');
  const score = status === 'error' ? null : checks.reduce((s, c) => s + c.score, 0) / Math.max(1, checks.length);
  return {
    trial: 0,
    status,
    score,
    checks,
    output: status === 'error' ? null : 'Returns are accepted within 30 days.',
    steps: [aStep()],
    usage: { inputTokens: 120, cachedTokens: 0, outputTokens: 45 },
    costUsd: 0.000045,
    latencyMs: 850,
    judgeUsage: ZERO_USAGE,
    judgeCostUsd: 0,
    cacheHits: 0,
    requests: 1,
    ...overrides,
  };
}

export function aCaseResult(id: string, trials: TrialResult[], overrides: Partial<CaseResult> = {}): CaseResult {
  const valid = trials.filter((t) => t.status !== 'error');
  const score = valid.length === 0 ? null : valid.reduce((s, t) => s + (t.score ?? 0), 0) / valid.length;
  const passed = valid.filter((t) => t.status === 'pass').length;
  const status = valid.length === 0 ? 'error' : passed * 2 >= valid.length ? 'pass' : 'fail';
  return {
    id,
    tags: [],
    input: { question: 'Can I return shoes after 45 days?' },
    expected: 'No. Returns are accepted within 30 days.',
    fingerprint: `fp-${id}`,
    trials,
    score,
    status,
    ...overrides,
  };
}

/** A case in a class, with outputs and checks that fit the class. */
export function aCaseComparison(
  id: string,
  cls: CaseClass,
  options: {
    tags?: string[];
    headOutput?: string;
    baseOutput?: string;
    headTrial?: Partial<TrialResult>;
    baseTrial?: Partial<TrialResult>;
    input?: Record<string, unknown>;
  } = {},
): CaseComparison {
  const headPasses = cls === 'fixed' || cls === 'unchanged' || cls === 'new-passing';
  const basePasses = cls === 'regressed' || cls === 'unchanged';
  const hasBase = cls !== 'new-failing' && cls !== 'new-passing';
  const failing = [aCheck({ pass: false }), aJudgeCheck(false, 'The answer promises a refund, which the policy forbids.')];
  const passing = [aCheck(), aJudgeCheck(true, 'Correct window, polite tone.')];
  const extra = { tags: options.tags ?? [], ...(options.input ? { input: options.input } : {}) };
  const headTrial =
    cls === 'error'
      ? aTrial({
          status: 'error',
          checks: [],
          output: null,
          error: { kind: 'timeout', message: 'command timed out after 60s', stderr: 'Traceback (most recent call last):\n  ...\nTimeoutError' },
          ...options.headTrial,
        })
      : aTrial({ checks: headPasses ? passing : failing, ...(options.headOutput !== undefined ? { output: options.headOutput } : {}), ...options.headTrial });
  const head = aCaseResult(id, [headTrial], extra);
  const base = hasBase
    ? aCaseResult(
        id,
        [aTrial({ checks: basePasses ? passing : failing, ...(options.baseOutput !== undefined ? { output: options.baseOutput } : {}), ...options.baseTrial })],
        extra,
      )
    : null;
  const delta = base && base.score !== null && head.score !== null && cls !== 'error' ? head.score - base.score : null;
  return { id, tags: extra.tags, class: cls, base, head, delta, stability: null };
}

export function aMetric(base: number | null, head: number | null, interval: [number, number] | null = null): Metric {
  const delta = base === null || head === null ? null : head - base;
  return {
    base,
    head,
    delta,
    relative: delta === null || !base ? null : delta / base,
    interval: interval ? { low: interval[0], high: interval[1] } : null,
    relativeInterval: null,
  };
}

export function aMeta(side: RunMeta['side'], overrides: Partial<RunMeta> = {}): RunMeta {
  return {
    side,
    commit: side === 'base' ? BASE_SHA : HEAD_SHA,
    ref: side === 'base' ? 'main' : 'refs/pull/7/merge',
    suitePath: 'evals/evalgate.yaml',
    suiteName: 'support',
    suiteFingerprint: 'suite-fp',
    targetFingerprint: `${side}-target-fp`,
    seed: 1,
    trials: 1,
    totalCases: 120,
    sampleIds: [],
    shard: null,
    startedAt: '2026-11-27T09:00:00.000Z',
    finishedAt: '2026-11-27T09:03:00.000Z',
    durationMs: 180_000,
    cut: null,
    evalgateVersion: '0.1.0',
    ...overrides,
  };
}

export function aTag(tag: string, n: number, base: number, head: number): TagBreakdown {
  return { tag, n, score: aMetric(base, head, [head - base - 0.05, head - base + 0.03]), passRate: aMetric(base, head) };
}

export function countsOf(cases: CaseComparison[]): Record<CaseClass, number> {
  const counts = Object.fromEntries(CASE_CLASSES.map((c) => [c, 0])) as Record<CaseClass, number>;
  for (const c of cases) counts[c.class] += 1;
  return counts;
}

export function aComparison(cases: CaseComparison[], overrides: Partial<Comparison> = {}): Comparison {
  const regressed = cases.filter((c) => c.class === 'regressed').length;
  const fixed = cases.filter((c) => c.class === 'fixed').length;
  return {
    suiteName: 'support',
    suitePath: 'evals/evalgate.yaml',
    base: aMeta('base'),
    head: aMeta('head'),
    baselineNote: null,
    sample: { n: 50, used: 50, total: 120, seed: 1, trials: 1, cut: null },
    sequential: null,
    pairs: cases.filter((c) => c.delta !== null).length,
    confidence: 0.95,
    metrics: {
      score: aMetric(0.82, 0.71, [-0.18, -0.04]),
      passRate: aMetric(0.8, 0.7, [-0.16, -0.04]),
      costPerCase: aMetric(0.0012, 0.0015, [0.0001, 0.0005]),
      latency: aMetric(1150, 1300),
      latencyP50: aMetric(1200, 1350),
      latencyP95: aMetric(2400, 2300),
      inputTokens: aMetric(512, 640),
      outputTokens: aMetric(88, 90),
    },
    spend: {
      baseTarget: 0.06,
      headTarget: 0.075,
      judge: 0.02,
      total: 0.155,
      live: 0.155,
      replayed: 0,
      unrecordedCalls: 0,
      projectedMonthlyDelta: 30,
      unknownPriceModels: [],
    },
    mcnemar: { regressed, fixed, pValue: 0.625 },
    cases,
    counts: countsOf(cases),
    tags: [],
    errors: { base: 0, head: 0, rate: 0, byKind: {} },
    ...overrides,
  };
}

export function aVerdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    decision: 'pass',
    reasons: ['Mean score changed by +0.004 (95% CI −0.010 to +0.018): no regression.'],
    warnings: [],
    findings: [],
    evidence: null,
    gates: { score: 'ok', mustPass: [], permissions: [], cost: 'off', latency: 'off', errorRate: 'ok' },
    ...overrides,
  };
}

export function aReportInput(comparison: Comparison, overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    comparison,
    verdict: aVerdict(),
    decision: 'pass',
    approval: null,
    approveLabel: 'evalgate: approve-regression',
    changedFiles: [],
    redact: createRedactor([]),
    runUrl: 'https://github.com/acme/shop/actions/runs/42',
    ...overrides,
  };
}

const FAIL_VERDICT: Verdict = aVerdict({
  decision: 'fail',
  reasons: [
    'Mean score dropped by 0.110 (95% CI −0.180 to −0.040), more than max-score-drop 0.02.',
    'Must-pass case `refund-window` (tag `critical`) fails at head.',
  ],
  warnings: ['Cost per case rose by 25.0%; no cost gate is set.'],
  gates: { score: 'regression', mustPass: ['refund-window'], permissions: [], cost: 'off', latency: 'off', errorRate: 'ok' },
  evidence: {
    method: 't',
    pairs: 80,
    casesUsed: 80,
    maxCases: 200,
    stop: 'fail',
    looks: 2,
    plannedLooks: 5,
    maxScoreDrop: 0.02,
    detectDrop: 0.1,
    alpha: 0.025,
    beta: 0.1,
    detectableDrop: 0.061,
    casesNeeded: 356,
  },
});

/** A regression with one case of every class, tags, a changed prompt and a trace with a tool call. */
export function regressionReport(overrides: Partial<ReportInput> = {}): ReportInput {
  const toolSteps: Step[] = [
    aStep(),
    aStep({
      type: 'tool',
      name: 'lookup_order',
      model: undefined,
      usage: undefined,
      costUsd: undefined,
      latencyMs: 120,
      input: { orderId: 'A-1001' },
      output: { status: 'delivered' },
    }),
    aStep({
      type: 'tool',
      name: 'issue_refund',
      model: undefined,
      usage: undefined,
      costUsd: undefined,
      latencyMs: 40,
      input: { orderId: 'A-1001', amount: 89.5 },
      error: 'not permitted',
    }),
  ];
  const cases = [
    aCaseComparison('refund-window', 'regressed', {
      tags: ['refunds', 'critical'],
      headOutput: 'Sure! We will refund you, no matter how late.',
      headTrial: {
        steps: toolSteps,
        checks: [
          aCheck({ pass: false }),
          aJudgeCheck(false, 'The answer promises a refund, which the policy forbids.'),
          aCheck({
            kind: 'tools',
            label: 'tools allowed [lookup_order]',
            pass: false,
            score: 0,
            reason: '1 call outside allowed',
            violations: [{ name: 'issue_refund', input: { orderId: 'A-1001', amount: 89.5 } }],
          }),
        ],
      },
      baseTrial: { checks: [aCheck(), aJudgeCheck(true, 'Correct window, polite tone.'), aCheck({ kind: 'tools', label: 'tools allowed [lookup_order]' })] },
    }),
    aCaseComparison('gift-cards', 'new-failing', { tags: ['refunds'], headOutput: 'Gift cards can be refunded.' }),
    aCaseComparison('shipping-time', 'error', { tags: ['shipping'] }),
    aCaseComparison('warranty', 'still-failing', { tags: ['shipping'], headOutput: 'Two years.', baseOutput: 'One year.' }),
    aCaseComparison('exchange', 'fixed', { tags: ['refunds'] }),
    aCaseComparison('greeting', 'unchanged', {}),
  ];
  const comparison = aComparison(cases, {
    tags: [aTag('refunds', 3, 0.9, 0.6), aTag('critical', 1, 1, 0.33), aTag('shipping', 2, 0.7, 0.66)],
    errors: { base: 0, head: 1, rate: 0.01, byKind: { timeout: 1 } },
  });
  return aReportInput(comparison, {
    verdict: FAIL_VERDICT,
    decision: 'fail',
    changedFiles: [
      {
        path: 'prompts/support.md',
        status: 'modified',
        diff: '@@ -1,3 +1,3 @@\n You are a support agent.\n-Refunds only within 30 days.\n+Be generous with refunds.\n',
      },
      { path: 'config/models.yaml', status: 'removed', diff: null },
    ],
    ...overrides,
  });
}

/** Every case passes on both sides. */
export function passReport(): ReportInput {
  const cases = [aCaseComparison('refund-window', 'unchanged'), aCaseComparison('exchange', 'fixed')];
  return aReportInput(
    aComparison(cases, {
      metrics: {
        score: aMetric(0.9, 0.904, [-0.01, 0.018]),
        passRate: aMetric(0.9, 0.92, [-0.02, 0.06]),
        costPerCase: aMetric(0.0012, 0.0012, [0, 0]),
        latency: aMetric(1150, 1140),
        latencyP50: aMetric(1200, 1180),
        latencyP95: aMetric(2400, 2410),
        inputTokens: aMetric(512, 512),
        outputTokens: aMetric(88, 86),
      },
      spend: {
        baseTarget: 0.06,
        headTarget: 0.06,
        judge: null,
        total: null,
        live: null,
        replayed: 0,
        unrecordedCalls: 0,
        projectedMonthlyDelta: null,
        unknownPriceModels: ['my-finetune'],
      },
    }),
  );
}

/** The regression, approved by a maintainer with the label. */
export function approvedReport(): ReportInput {
  return regressionReport({
    decision: 'approved',
    approval: {
      state: 'approved',
      actor: 'alice',
      at: '2026-11-27T10:00:00Z',
      commit: 'f00dfeedbeef00112233445566778899aabbccdd',
      reason: 'alice has admin permission',
    },
  });
}

/** Too many errors to decide. */
export function errorReport(): ReportInput {
  const cases = [aCaseComparison('shipping-time', 'error'), aCaseComparison('warranty', 'error'), aCaseComparison('greeting', 'unchanged')];
  return aReportInput(
    aComparison(cases, {
      errors: { base: 0, head: 2, rate: 0.67, byKind: { timeout: 1, command: 1 } },
      sample: { n: 3, used: 3, total: 3, seed: 1, trials: 1, cut: { reason: 'max-cost $5.00 reached', completed: 3, planned: 10 } },
      baselineNote: 'Stored baseline ignored: suite fingerprint differs (cases changed).',
    }),
    {
      decision: 'error',
      verdict: aVerdict({
        decision: 'error',
        reasons: ['2 of 3 case runs errored (67%), above max-error-rate 10%: no verdict.'],
        gates: { score: 'ok', mustPass: [], permissions: [], cost: 'off', latency: 'off', errorRate: 'exceeded' },
      }),
    },
  );
}

/** `n` regressed cases whose head output is `output` (ids `case-000`, … with growing drops). */
export function manyFailing(n: number, output: (i: number) => string): ReportInput {
  const cases = Array.from({ length: n }, (_, i) => {
    const c = aCaseComparison(`case-${String(i).padStart(3, '0')}`, i % 4 === 3 ? 'still-failing' : 'regressed', { headOutput: output(i) });
    return { ...c, delta: c.delta === null ? null : -0.5 - i / (10 * n) };
  });
  return aReportInput(aComparison(cases), { verdict: FAIL_VERDICT, decision: 'fail' });
}

export function aRunResults(cases: CaseResult[]): RunResults {
  const passed = cases.filter((c) => c.status === 'pass').length;
  const errors = cases.filter((c) => c.status === 'error').length;
  return {
    schema: 'evalgate-results',
    schemaVersion: 1,
    meta: aMeta('single'),
    cases,
    totals: {
      cases: cases.length,
      passed,
      failed: cases.length - passed - errors,
      errors,
      usage: ZERO_USAGE,
      costUsd: 0.0012,
      judgeUsage: ZERO_USAGE,
      judgeCostUsd: 0.0004,
      requests: cases.length,
      cacheHits: 0,
      liveCostUsd: 0.0016,
      replayedCostUsd: 0,
      unknownPriceModels: [],
    },
  };
}

// ---- spec builders: a few numbers in, a whole object out ------------------------------------

export interface TrialSpec {
  status?: 'pass' | 'fail' | 'error';
  /** Defaults to 1 for pass, 0 for fail, null for error. */
  score?: number;
  costUsd?: number | null;
  judgeCostUsd?: number | null;
  latencyMs?: number;
  inputTokens?: number;
  outputTokens?: number;
  errorKind?: ErrorKind;
  /** Who failed: `target` for a crash/timeout of the system under test, `provider` otherwise. */
  errorOrigin?: 'target' | 'provider';
  /** Tools called outside `allowed`: adds a failing tools check naming them. */
  violations?: string[];
}

/** A trial with plain output, no steps and a check only when it names tool violations. */
export function trial(spec: TrialSpec = {}, index = 0): TrialResult {
  const status = spec.status ?? 'pass';
  const errored = status === 'error';
  const { error: _none, ...noError } = aTrial({
    trial: index,
    status,
    score: errored ? null : (spec.score ?? (status === 'pass' ? 1 : 0)),
    checks: spec.violations
      ? [
          aCheck({
            kind: 'tools',
            label: 'tools allowed [lookup_order]',
            pass: false,
            score: 0,
            reason: `called ${spec.violations.join(', ')}, which is not allowed`,
            violations: spec.violations.map((name) => ({ name, input: { amount: 50 } })),
          }),
        ]
      : [],
    output: errored ? null : 'output',
    steps: [],
    usage: { inputTokens: spec.inputTokens ?? 100, cachedTokens: 0, outputTokens: spec.outputTokens ?? 20 },
    costUsd: spec.costUsd === undefined ? 0.001 : spec.costUsd,
    latencyMs: spec.latencyMs ?? 1000,
    judgeCostUsd: spec.judgeCostUsd === undefined ? 0.0001 : spec.judgeCostUsd,
  });
  return errored
    ? { ...noError, error: { kind: spec.errorKind ?? 'timeout', message: 'boom', ...(spec.errorOrigin ? { origin: spec.errorOrigin } : {}) } }
    : noError;
}

export interface CaseSpec {
  tags?: string[];
  /** One passing trial by default. */
  trials?: TrialSpec[];
}

/** A case result with score and status derived as SPEC §2 says (mean of trials, ≥ half pass). */
export function caseResult(id: string, spec: CaseSpec = {}): CaseResult {
  const { expected: _none, ...result } = aCaseResult(
    id,
    (spec.trials ?? [{}]).map((t, i) => trial(t, i)),
    // Results files hold hex fingerprints (the schema checks it): a stable one per id.
    { tags: spec.tags ?? [], input: { question: id }, fingerprint: createHash('sha256').update(id).digest('hex').slice(0, 16) },
  );
  return result;
}

export const passing = (id: string, extra: TrialSpec & { tags?: string[] } = {}): CaseResult =>
  caseResult(id, { tags: extra.tags, trials: [{ ...extra, status: 'pass' }] });
export const failing = (id: string, extra: TrialSpec & { tags?: string[] } = {}): CaseResult =>
  caseResult(id, { tags: extra.tags, trials: [{ ...extra, status: 'fail' }] });
export const errored = (id: string, kind: ErrorKind = 'timeout', tags: string[] = []): CaseResult =>
  caseResult(id, { tags, trials: [{ status: 'error', errorKind: kind }] });

export interface RunOptions {
  meta?: Partial<RunMeta>;
  totals?: Partial<Totals>;
}

/** A results file for one side; totals are summed from the trials unless overridden. */
export function run(side: RunMeta['side'], cases: CaseResult[], options: RunOptions = {}): RunResults {
  const trials = cases.flatMap((c) => c.trials);
  const sum = (values: (number | null)[]): number | null => (values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v as number), 0));
  return {
    schema: 'evalgate-results',
    schemaVersion: 1,
    meta: aMeta(side, {
      commit: (side === 'base' ? 'a' : 'b').repeat(40),
      ref: null,
      suiteFingerprint: '5e17e0000000f00d',
      targetFingerprint: side === 'base' ? 'ba5e000000000000' : 'bead000000000000',
      trials: Math.max(1, ...cases.map((c) => c.trials.length)),
      totalCases: cases.length,
      sampleIds: cases.map((c) => c.id),
      startedAt: '2025-01-01T00:00:00Z',
      finishedAt: '2025-01-01T00:01:00Z',
      durationMs: 60_000,
      ...options.meta,
    }),
    cases,
    totals: {
      cases: cases.length,
      passed: cases.filter((c) => c.status === 'pass').length,
      failed: cases.filter((c) => c.status === 'fail').length,
      errors: cases.filter((c) => c.status === 'error').length,
      usage: ZERO_USAGE,
      costUsd: sum(trials.map((t) => t.costUsd)),
      judgeUsage: ZERO_USAGE,
      judgeCostUsd: sum(trials.map((t) => t.judgeCostUsd)),
      requests: trials.length,
      cacheHits: 0,
      unknownPriceModels: [],
      ...options.totals,
    },
  };
}

/** `n` case ids: case-00, case-01, … */
export function ids(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `case-${String(i).padStart(2, '0')}`);
}
