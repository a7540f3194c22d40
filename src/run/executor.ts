import { open, type FileHandle } from 'node:fs/promises';
import { runChecks } from '../checks/index.js';
import type { CheckEnv } from '../checks/types.js';
import { caseFingerprint } from '../config/fingerprint.js';
import type { Case } from '../config/suite.js';
import type { Redactor } from '../report/redact.js';
import { redactCaseData, redactTrial } from '../report/redact.js';
import type { CaseResult, CheckResult, RunError, TrialResult, Usage } from '../results/schema.js';
import { ZERO_USAGE } from '../results/schema.js';
import type { Target, TargetOutput } from '../targets/target.js';
import { addCost, addUsage } from '../results/usage.js';
import { TargetError } from '../targets/target.js';
import type { Budget } from './budget.js';
import { LlmError } from '../llm/llm.js';
import { LineWriter } from './line-writer.js';
import { forEachLimited } from './pool.js';

/**
 * The longest answer EvalGate evaluates. Every answer is copied by checks, redaction, the JSONL,
 * the results file and the reports: at 10 MB a single answer cost the run ~600 MB of memory.
 */
export const MAX_ANSWER_CHARS = 1_000_000;

function answerTooLong(chars: number): TargetError {
  return new TargetError(
    'other',
    `the answer is ${(chars / 1_000_000).toFixed(1)} million characters; EvalGate evaluates answers of at most ${MAX_ANSWER_CHARS.toLocaleString('en-US')} characters (limit the output, e.g. max-tokens, or return less)`,
  );
}

export interface Progress {
  done: number;
  total: number;
  errors: number;
  failed: number;
}

export interface ExecuteArgs {
  /** Sampled cases, in the order they should start. */
  cases: readonly Case[];
  trials: number;
  /** Index of the first trial (confirmation trials continue after the case's own). */
  firstTrial?: number;
  target: Target;
  checkEnv: CheckEnv;
  /** Case runs in flight at once (model requests are capped separately by the scheduler). */
  concurrency: number;
  budget: Budget;
  /** Each finished trial is appended here as one JSON line, so a crash keeps what finished. */
  jsonlPath?: string;
  /**
   * Applied to each result once its checks ran, before it is kept or written: results are
   * artifacts, and secrets in outputs, traces or errors must not reach them (SPEC §5).
   */
  redact?: Redactor;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export interface ExecuteResult {
  cases: CaseResult[];
  /** Cases that did not start because the budget ran out. */
  notStarted: number;
  unknownPriceModels: string[];
}

/** Runs every case × trial against the target and scores it. Never throws for a case's failure. */
export async function executeCases(args: ExecuteArgs): Promise<ExecuteResult> {
  const { cases, trials } = args;
  const results = new Map<string, CaseResult>();
  const unknownModels = new Set<string>();
  const progress: Progress = { done: 0, total: cases.length * trials, errors: 0, failed: 0 };

  // One handle for the whole run: opening and closing the file per trial cost more than the write.
  const jsonl: FileHandle | null = args.jsonlPath ? await open(args.jsonlPath, 'a') : null;
  // The next case starts while the last line is on its way to disk; a failed write is raised
  // when the run ends.
  const lines = jsonl ? new LineWriter(jsonl) : null;
  try {
    const { started } = await forEachLimited(
      cases,
      args.concurrency,
      async (c) => {
        // Trials of one case run one after another: a flaky case shows as flaky, and a cached
        // trial 0 never races trial 1 for the same slot.
        const trialResults: TrialResult[] = [];
        const first = args.firstTrial ?? 0;
        for (let trial = first; trial < first + trials; trial++) {
          const raw = await runTrial(c, trial, args, unknownModels);
          // A trial cut short by cancellation is not a result: neither kept nor written.
          if (args.signal?.aborted && raw.status === 'error') return;
          const result = args.redact ? redactTrial(raw, args.redact) : raw;
          // Only what was sent to providers now counts: replayed answers cost nothing this run.
          args.budget.spend(result.liveCostUsd ?? null);
          trialResults.push(result);
          progress.done += 1;
          if (result.status === 'error') progress.errors += 1;
          if (result.status === 'fail') progress.failed += 1;
          lines?.write(`${JSON.stringify({ caseId: c.id, trial: result })}\n`);
          args.onProgress?.({ ...progress });
        }
        const aggregated = aggregateCase(c, trialResults);
        results.set(c.id, args.redact ? redactCaseData(aggregated, args.redact) : aggregated);
      },
      () => !args.budget.exhausted() && !args.signal?.aborted,
    );

    await lines?.flush();
    return {
      // Keep suite order so reports and diffs are stable whatever finished first.
      cases: cases.flatMap((c) => results.get(c.id) ?? []),
      notStarted: cases.length - started,
      unknownPriceModels: [...unknownModels].sort(),
    };
  } finally {
    await lines?.flush().catch(() => undefined);
    await jsonl?.close();
  }
}

/** Live spend and replayed cost of a target's output (the chat target and agents say what was replayed). */
function targetSpend(out: Pick<TargetOutput, 'costUsd' | 'replayedCostUsd'>): { live: number | null; replayed: number | null } {
  const replayed = out.replayedCostUsd === undefined ? 0 : out.replayedCostUsd;
  return { live: out.costUsd === null || replayed === null ? null : out.costUsd - replayed, replayed };
}

async function runTrial(c: Case, trial: number, args: ExecuteArgs, unknownModels: Set<string>): Promise<TrialResult> {
  const started = performance.now();
  let phase: 'target' | 'checks' = 'target';
  let out: TargetOutput | null = null;
  try {
    out = await args.target.run({ caseId: c.id, input: c.input, trial, signal: args.signal });
    out.unknownPriceModels.forEach((m) => unknownModels.add(m));
    const target = targetSpend(out);
    const measured = {
      usage: out.usage,
      costUsd: out.costUsd,
      latencyMs: out.latencyMs,
      unrecordedCalls: out.unrecordedCalls ?? 0,
    };
    const output = typeof out.output === 'string' ? out.output : JSON.stringify(out.output ?? null);
    if (output.length > MAX_ANSWER_CHARS) {
      // Paid for, so its usage and cost count; the answer and its trace are not kept.
      return {
        trial,
        status: 'error',
        score: null,
        checks: [],
        output: null,
        steps: [],
        ...measured,
        judgeUsage: ZERO_USAGE,
        judgeCostUsd: 0,
        cacheHits: out.cacheHits,
        requests: out.requests,
        liveCostUsd: target.live,
        replayedCostUsd: target.replayed,
        error: toRunError(answerTooLong(output.length), 'target'),
      };
    }
    phase = 'checks';
    const checks = await runChecks(
      c.checks,
      {
        case: c,
        trial,
        output,
        rawOutput: out.output,
        steps: out.steps,
        usage: out.usage,
        costUsd: out.costUsd,
        latencyMs: out.latencyMs,
      },
      args.checkEnv,
      { signal: args.signal },
    );
    const judge = judgeTotals(checks);
    judge.unknown.forEach((m) => unknownModels.add(m));
    const pass = checks.every((r) => r.pass);
    return {
      trial,
      status: pass ? 'pass' : 'fail',
      score: checks.length === 0 ? 1 : checks.reduce((s, r) => s + r.score, 0) / checks.length,
      checks,
      output,
      steps: out.steps,
      ...measured,
      judgeUsage: judge.usage,
      judgeCostUsd: judge.costUsd,
      cacheHits: out.cacheHits + judge.cacheHits,
      requests: out.requests + judge.requests,
      liveCostUsd: addCost(target.live, judge.live),
      replayedCostUsd: addCost(target.replayed, judge.replayed),
    };
  } catch (error) {
    // What the run had used before it failed was billed (or replayed) all the same: a target that
    // failed after its calls reports them, and a judge failure keeps the target's answer's cost.
    const used = out ?? (error instanceof TargetError ? error.consumed : null);
    used?.unknownPriceModels.forEach((m) => unknownModels.add(m));
    const spend = used ? targetSpend(used) : { live: 0, replayed: 0 };
    return {
      trial,
      status: 'error',
      score: null,
      checks: [],
      output: null,
      steps: [],
      usage: used?.usage ?? ZERO_USAGE,
      costUsd: used ? used.costUsd : 0,
      latencyMs: performance.now() - started,
      judgeUsage: ZERO_USAGE,
      judgeCostUsd: 0,
      cacheHits: used?.cacheHits ?? 0,
      requests: used?.requests ?? 0,
      liveCostUsd: spend.live,
      replayedCostUsd: spend.replayed,
      unrecordedCalls: used?.unrecordedCalls ?? 0,
      error: toRunError(error, phase),
    };
  }
}

/** Classifies a failure for the report; judge failures are infrastructure, never a failing case. */
export function toRunError(error: unknown, phase: 'target' | 'checks'): RunError {
  const prefix = phase === 'checks' ? 'judge: ' : '';
  if (error instanceof TargetError) {
    return { kind: error.kind, origin: error.origin, message: error.message, ...(error.stderr ? { stderr: error.stderr } : {}) };
  }
  if (error instanceof LlmError) return { kind: error.kind, origin: 'provider', message: prefix + error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'other', origin: 'provider', message: prefix + message };
}

function judgeTotals(checks: CheckResult[]): {
  usage: Usage;
  costUsd: number | null;
  live: number | null;
  replayed: number | null;
  cacheHits: number;
  requests: number;
  unknown: string[];
} {
  let usage: Usage = { ...ZERO_USAGE };
  let costUsd: number | null = 0;
  let live: number | null = 0;
  let replayed: number | null = 0;
  let cacheHits = 0;
  let requests = 0;
  const unknown: string[] = [];
  for (const r of checks) {
    if (!r.judge) continue;
    usage = addUsage(usage, r.judge.usage);
    if (r.judge.cached) {
      cacheHits += 1;
      replayed = addCost(replayed, r.judge.costUsd);
    } else {
      requests += 1;
      live = addCost(live, r.judge.costUsd);
    }
    if (r.judge.costUsd === null) unknown.push(r.judge.model);
    costUsd = addCost(costUsd, r.judge.costUsd);
  }
  return { usage, costUsd, live, replayed, cacheHits, requests, unknown };
}

/** Case score = mean over non-error trials; passes when at least half of them pass (SPEC §2). */
export function aggregateCase(c: Case, trials: TrialResult[]): CaseResult {
  const ok = trials.filter((t) => t.status !== 'error');
  const passes = ok.filter((t) => t.status === 'pass').length;
  const score = ok.length === 0 ? null : ok.reduce((s, t) => s + (t.score ?? 0), 0) / ok.length;
  return {
    id: c.id,
    tags: c.tags,
    input: c.input,
    ...(c.expected !== undefined ? { expected: c.expected } : {}),
    fingerprint: caseFingerprint(c),
    trials,
    score,
    status: ok.length === 0 ? 'error' : passes * 2 >= ok.length ? 'pass' : 'fail',
  };
}
