import { createHash } from 'node:crypto';
import type { CaseResult, ErrorKind, RunMeta, RunResults, Totals, TrialResult } from '../../src/results/schema.js';

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

const ZERO = { inputTokens: 0, cachedTokens: 0, outputTokens: 0 };

export function trial(spec: TrialSpec = {}, index = 0): TrialResult {
  const status = spec.status ?? 'pass';
  const errored = status === 'error';
  return {
    trial: index,
    status,
    score: errored ? null : (spec.score ?? (status === 'pass' ? 1 : 0)),
    checks: spec.violations
      ? [
          {
            kind: 'tools',
            label: 'tools allowed [lookup_order]',
            pass: false,
            score: 0,
            reason: `called ${spec.violations.join(', ')}, which is not allowed`,
            violations: spec.violations.map((name) => ({ name, input: { amount: 50 } })),
          },
        ]
      : [],
    output: errored ? null : 'output',
    steps: [],
    usage: { inputTokens: spec.inputTokens ?? 100, cachedTokens: 0, outputTokens: spec.outputTokens ?? 20 },
    costUsd: spec.costUsd === undefined ? 0.001 : spec.costUsd,
    latencyMs: spec.latencyMs ?? 1000,
    judgeUsage: ZERO,
    judgeCostUsd: spec.judgeCostUsd === undefined ? 0.0001 : spec.judgeCostUsd,
    cacheHits: 0,
    requests: 1,
    ...(errored ? { error: { kind: spec.errorKind ?? 'timeout', message: 'boom', ...(spec.errorOrigin ? { origin: spec.errorOrigin } : {}) } } : {}),
  };
}

export interface CaseSpec {
  tags?: string[];
  /** One passing trial by default. */
  trials?: TrialSpec[];
}

/** A case result with score and status derived as SPEC §2 says (mean of trials, ≥ half pass). */
export function caseResult(id: string, spec: CaseSpec = {}): CaseResult {
  const trials = (spec.trials ?? [{}]).map((t, i) => trial(t, i));
  const usable = trials.filter((t) => t.status !== 'error');
  const passes = usable.filter((t) => t.status === 'pass').length;
  return {
    id,
    tags: spec.tags ?? [],
    input: { question: id },
    // Results files hold hex fingerprints (the schema checks it): a stable one per id.
    fingerprint: createHash('sha256').update(id).digest('hex').slice(0, 16),
    trials,
    score: usable.length === 0 ? null : usable.reduce((s, t) => s + (t.score as number), 0) / usable.length,
    status: usable.length === 0 ? 'error' : passes * 2 >= usable.length ? 'pass' : 'fail',
  };
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
  const sum = (values: (number | null)[]): number | null =>
    values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v as number), 0);
  return {
    schema: 'evalgate-results',
    schemaVersion: 1,
    meta: {
      side,
      commit: (side === 'base' ? 'a' : 'b').repeat(40),
      ref: null,
      suitePath: 'evals/evalgate.yaml',
      suiteName: 'support',
      suiteFingerprint: '5e17e0000000f00d',
      targetFingerprint: side === 'base' ? 'ba5e000000000000' : 'bead000000000000',
      seed: 1,
      trials: Math.max(1, ...cases.map((c) => c.trials.length)),
      totalCases: cases.length,
      sampleIds: cases.map((c) => c.id),
      shard: null,
      startedAt: '2025-01-01T00:00:00Z',
      finishedAt: '2025-01-01T00:01:00Z',
      durationMs: 60_000,
      cut: null,
      evalgateVersion: '0.1.0',
      ...options.meta,
    },
    cases,
    totals: {
      cases: cases.length,
      passed: cases.filter((c) => c.status === 'pass').length,
      failed: cases.filter((c) => c.status === 'fail').length,
      errors: cases.filter((c) => c.status === 'error').length,
      usage: ZERO,
      costUsd: sum(trials.map((t) => t.costUsd)),
      judgeUsage: ZERO,
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
