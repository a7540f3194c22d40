import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Comparison, Verdict } from './compare/types.js';
import { decide } from './compare/decision.js';
import { suiteFingerprint } from './config/fingerprint.js';
import { loadSuite, targetFilesOf } from './config/load.js';
import { EndpointName, EndpointSpec, TargetSpec } from './config/schema.js';
import type { Case, Suite } from './config/suite.js';
import { addWorktree, changedPaths, ensureCommit, fileDiff, hasUncommittedChanges, resolveRef } from './git/git.js';
import { JUDGE_PROMPT_VERSION } from './judge/judge.js';
import type { ChangedFile, Worktree } from './git/git.js';
import { readResults, RESULTS_FILE, writeJsonFile } from './results/io.js';
import type { RunResults } from './results/schema.js';
import { asReplayed, totalsOf } from './results/totals.js';
import { Budget } from './run/budget.js';
import { ResponseCache } from './llm/cache.js';
import { CancelledError, throwIfCancelled } from './run/cancel.js';
import type { Progress } from './run/executor.js';
import type { LlmClient } from './llm/llm.js';
import { createOpenAiClient } from './llm/openai-client.js';
import { createEndpointRouter, endpointSecrets, endpointsChangedFromBase, missingKeyMessage, missingKeys, unknownEndpoints } from './llm/endpoints.js';
import { sampleCases, sampleSize, shardSlice } from './run/sample.js';
import { createScheduler, type Scheduler } from './llm/scheduler.js';
import { evaluateSide, openSide, type OpenSide } from './run/side.js';
import { evaluatePaired } from './run/paired.js';
import { runOrder } from './run/order.js';
import type { Isolation } from './isolation/processes.js';
import { estimateCost } from './run/estimate.js';
import { resolveModel } from './targets/model-file.js';
import type { AgentOpenAi } from './targets/create.js';
import { createRedactor, type Redactor } from './report/redact.js';

/** Settings shared by the CLI and the action; each overrides the suite file where set. */
export interface EvalOptions {
  /** The default endpoint's key; '' when none is set (an error only if a role uses that endpoint). */
  apiKey: string;
  baseURL: string | null;
  /** Where agents' Anthropic calls are forwarded (the recording proxy's Anthropic upstream); none when absent. */
  anthropic?: { apiKey: string; baseURL: string | null } | null;
  /** `50` or `20%`; overrides `sample.size`. */
  sample: string | null;
  trials: number | null;
  seed: number | null;
  maxConcurrency: number;
  /** USD for the whole run (base, head and judge); null = no cap. */
  maxCost: number | null;
  cacheDir: string | null;
  replay: boolean;
  timeoutMs: number;
  outDir: string | null;
  shard: { index: number; count: number } | null;
  onProgress?: (side: string, progress: Progress) => void;
  log?: (line: string) => void;
  /**
   * The caller's redaction policy, when it has built one (the action, from the suite it loaded);
   * otherwise one is built from the suite and `secrets` (default: the API key) and returned.
   */
  redact?: Redactor;
  /** Secrets known to the caller (API key, GitHub token), redacted in every encoding. */
  secrets?: string[];
  /** Where named endpoints' keys are read (`api-key-env`, `${NAME}` in headers); process.env when absent. */
  env?: Readonly<Record<string, string | undefined>>;
  /** How a missing key is explained: export it (cli, the default) or add it to the step's env (action). */
  keyHelp?: 'cli' | 'action';
  /**
   * Pull requests in the action: the head suite is the PR author's, so an endpoint that reads a
   * secret must be defined as in the base branch's suite (endpointsChangedFromBase).
   */
  endpointsFromBase?: boolean;
  /** Cancels the run: requests are aborted, agents stopped, finished trials kept (CancelledError). */
  signal?: AbortSignal;
  /** How PR code (command and module agents, javascript checks) runs; same user when absent. The caller closes it. */
  isolation?: Isolation;
  /**
   * One cache, scheduler and budget shared by several suites' runs (createShared): max-cost and
   * max-concurrency then cover the whole run. Absent: the run makes its own.
   */
  shared?: SharedResources;
  /** With several suites: where this suite's sample starts in the union that `shard` slices (shardOffsets). */
  shardOffset?: number;
}

export const DEFAULT_MAX_CONCURRENCY = 8;
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Applies command-line / action overrides to the suite's sampling settings. */
export function withOverrides(suite: Suite, options: Pick<EvalOptions, 'sample' | 'trials' | 'seed'>): Suite {
  const sample = { ...suite.sample };
  if (options.sample !== null) sample.size = parseSampleSize(options.sample);
  if (options.trials !== null) sample.trials = options.trials;
  if (options.seed !== null) sample.seed = options.seed;
  return { ...suite, sample };
}

/** `50` → 50 cases; `20%` → a fifth of the suite; `all` → every case. */
export function parseSampleSize(text: string): Suite['sample']['size'] {
  const t = text.trim();
  if (t === 'all' || t === '') return null;
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (pct && Number(pct[1]) > 0 && Number(pct[1]) <= 100) return { fraction: Number(pct[1]) / 100 };
  if (/^\d+$/.test(t) && Number(t) > 0) return { count: Number(t) };
  throw new UsageError(`sample: expected a number of cases (50), a percentage (20%) or "all", got "${text}"`);
}

/** A mistake in how EvalGate was invoked; the CLI exits 2 and the action reports it plainly. */
export class UsageError extends Error {
  override name = 'UsageError';
}

interface Clients {
  llm: LlmClient;
  budget: Budget;
  /** What agent targets' recording proxy forwards with. */
  openai: AgentOpenAi;
}

/** What every suite of a run shares: the response cache, the scheduler (max-concurrency) and the budget (max-cost). */
export interface SharedResources {
  cache: ResponseCache | null;
  scheduler: Scheduler;
  budget: Budget;
}

/** The run's cache, scheduler and budget, from the cache settings, `max-concurrency` and `max-cost`. */
export function createShared(options: EvalOptions): SharedResources {
  const cache = options.cacheDir ? new ResponseCache(options.cacheDir, { replay: options.replay }) : null;
  if (options.replay && !cache) throw new UsageError('--replay needs --cache DIR: replay answers only from a cache');
  return { cache, scheduler: createScheduler({ maxConcurrency: options.maxConcurrency }), budget: new Budget(options.maxCost) };
}

/**
 * The run's model clients: one router over the default endpoint and the suite's named endpoints,
 * sharing one cache and one scheduler (and, with several suites, those of the whole run). Fails
 * before any request when a role's endpoint has no key (a role is never sent to another provider
 * instead) or a target names an endpoint the suite lacks.
 */
function createClients(options: EvalOptions, suite: Suite, targets: readonly TargetSpec[]): Clients {
  const { cache, scheduler, budget } = options.shared ?? createShared(options);
  const unknown = unknownEndpoints(suite, targets);
  if (unknown.length > 0) {
    throw new UsageError(
      `endpoint "${unknown[0]}" named by the base target is not defined under endpoints: in the head suite; keep its definition until the change that stops using it is merged`,
    );
  }
  const env = options.env ?? process.env;
  if (!options.replay) {
    const missing = missingKeys(suite, targets, env, options.apiKey);
    if (missing.length > 0) throw new UsageError(missingKeyMessage(missing, options.keyHelp ?? 'cli'));
  }
  const defaultClient = createOpenAiClient({
    apiKey: options.apiKey || 'replay-only',
    baseURL: options.baseURL ?? undefined,
    timeoutMs: options.timeoutMs,
    cache,
    scheduler,
  });
  const llm = createEndpointRouter({ suite, env, defaultClient, cache, scheduler, timeoutMs: options.timeoutMs, replay: options.replay });
  return {
    llm,
    budget,
    openai: {
      apiKey: options.apiKey || 'replay-only',
      baseURL: options.baseURL,
      anthropic: options.anthropic ? { apiKey: options.anthropic.apiKey, baseUrl: options.anthropic.baseURL ?? '' } : null,
      endpoints: suite.endpoints,
      env,
      replay: options.replay,
      cache,
      scheduler,
      timeoutMs: options.timeoutMs,
    },
  };
}

interface Plan {
  suite: Suite;
  /** The run's one redaction policy, used by the results writers and returned for the reports. */
  redact: Redactor;
  fingerprint: string;
  sampleIds: string[];
  runIds: Set<string>;
}

function plan(suite: Suite, options: EvalOptions): Plan {
  const sample = sampleCases(suite.cases, suite.sample);
  const asked = sampleSize(suite.sample.size, suite.cases.length);
  if (sample.always > asked) {
    options.log?.(
      `sample size ${asked} is below the ${sample.always} cases tagged ${suite.sample.always.join(', ')} (sample.always), which are always included: evaluating ${sample.ids.length} cases`,
    );
  }
  const ids = options.shard ? shardSlice(sample.ids, options.shard, options.shardOffset ?? 0) : sample.ids;
  return {
    suite,
    redact:
      options.redact ??
      createRedactor(suite.redact, {
        literals: [...(options.secrets ?? [options.apiKey, options.anthropic?.apiKey ?? '']), ...endpointSecrets(suite, options.env ?? process.env)].filter(
          Boolean,
        ),
      }),
    fingerprint: suiteFingerprint(suite, JUDGE_PROMPT_VERSION),
    sampleIds: sample.ids,
    runIds: new Set(ids),
  };
}

export interface SingleRun {
  suite: Suite;
  redact: Redactor;
  results: RunResults;
}

/** `evalgate run` and `mode: baseline`: evaluates one tree. */
export async function runSingle(
  root: string,
  configPath: string,
  options: EvalOptions,
  meta: { commit: string | null; ref: string | null; side?: 'single' | 'head' } = { commit: null, ref: null },
): Promise<SingleRun> {
  const suite = withOverrides(await loadSuite(root, configPath), options);
  const p = plan(suite, options);
  const { llm, budget, openai } = createClients(options, suite, [suite.target]);
  const side = meta.side ?? 'single';
  const toRun = suite.cases.filter((c) => p.runIds.has(c.id));
  await logEstimate(suite, toRun, 1, options);
  const results = await evaluateSide({
    suite,
    side,
    treeRoot: root,
    target: suite.target,
    cases: toRun,
    sampleIds: p.sampleIds,
    trials: suite.sample.trials,
    seed: suite.sample.seed,
    shard: options.shard,
    commit: meta.commit,
    ref: meta.ref,
    llm,
    judgeLlm: llm,
    openai,
    budget,
    concurrency: caseConcurrency(suite, options.maxConcurrency),
    suiteFingerprint: p.fingerprint,
    redact: p.redact,
    outDir: options.outDir,
    onProgress: (pr) => options.onProgress?.(side, pr),
    signal: options.signal,
    isolation: options.isolation,
  });
  throwIfCancelled(options.signal);
  if (options.outDir) await writeJsonFile(join(options.outDir, RESULTS_FILE), results);
  return { suite, results, redact: p.redact };
}

export interface ComparisonRun {
  suite: Suite;
  redact: Redactor;
  base: RunResults;
  head: RunResults;
  comparison: Comparison;
  verdict: Verdict;
  changedFiles: ChangedFile[];
}

export interface CompareArgs {
  /** The repository checkout; the head tree when `headRef` is null. */
  root: string;
  configPath: string;
  baseRef: string;
  /** null = evaluate the working tree as head. */
  headRef: string | null;
  /**
   * CLI: record whether a working-tree head has uncommitted changes, so reports do not name it as
   * its commit. Not in the Action, where earlier workflow steps (installs, builds) may touch
   * tracked files of a checkout that is still the PR's commit under test.
   */
  detectUncommitted?: boolean;
  /** A stored baseline results file that may replace the base run (SPEC §4). */
  baselineFile: string | null;
  options: EvalOptions;
}

/**
 * Paired replay (SPEC §4): cases, checks, judge, sampling and gate from the head suite; the
 * target and its files from each side; both sides on the same sampled cases.
 */
export async function runComparison(args: CompareArgs): Promise<ComparisonRun> {
  const { root, configPath, options } = args;
  const baseSha = await resolveRef(root, args.baseRef).catch(async (error: unknown) => {
    // A shallow checkout may lack the base commit; a full SHA can still be fetched.
    if (!/^[0-9a-f]{40}$/.test(args.baseRef)) throw error;
    await ensureCommit(root, args.baseRef);
    return args.baseRef;
  });
  const headSha = args.headRef ? await resolveRef(root, args.headRef) : await resolveRef(root, 'HEAD').catch(() => null);
  const headTree = args.headRef ? await addWorktree(root, headSha!) : null;
  let baseTree: Worktree;
  try {
    baseTree = await addWorktree(root, baseSha);
  } catch (error) {
    await headTree?.remove();
    throw error;
  }
  const log = options.log ?? (() => undefined);
  try {
    const headRoot = headTree?.path ?? root;
    const suite = withOverrides(await loadSuite(headRoot, configPath), options);
    const p = plan(suite, options);
    const cases = suite.cases.filter((c) => p.runIds.has(c.id));
    // Head is the working tree: say so when it is not what its commit holds.
    const dirty =
      args.detectUncommitted === true && headTree === null && headSha !== null && (await hasUncommittedChanges(root, [suite.path, ...suite.targetFiles]));
    const baseTarget = await readTargetAt(baseTree.path, configPath);
    if (baseTarget.note) log(baseTarget.note);
    if (options.endpointsFromBase) {
      const changed = endpointsChangedFromBase(suite.endpoints, await readEndpointsAt(baseTree.path, configPath));
      if (changed.length > 0) {
        throw new UsageError(
          `${changed.map((n) => `endpoint "${n}"`).join(', ')} in ${configPath} reads a secret and is new or changed (kind, base-url, api-key-env, headers or auth) in this pull request; on pull requests such endpoints are used only as the base branch defines them, so the PR cannot send a key elsewhere. Review the change and merge it without this gate, or change the endpoint in a pull request of its own`,
        );
      }
    }
    const { llm, budget, openai } = createClients(options, suite, [suite.target, ...(baseTarget.target ? [baseTarget.target] : [])]);
    const common = {
      openai,
      suite,
      cases,
      sampleIds: p.sampleIds,
      trials: suite.sample.trials,
      seed: suite.sample.seed,
      shard: options.shard,
      llm,
      judgeLlm: llm,
      budget,
      concurrency: caseConcurrency(suite, options.maxConcurrency),
      suiteFingerprint: p.fingerprint,
      redact: p.redact,
      outDir: options.outDir,
      isolation: options.isolation,
    };

    await logEstimate(suite, cases, 2, options);
    const stored = args.baselineFile
      ? await usableBaseline(args.baselineFile, { fingerprint: p.fingerprint, baseSha, ids: [...p.runIds], trials: suite.sample.trials })
      : null;
    if (stored) log(stored.note);
    // Both sides share one scheduler and budget, so running them together halves the wall time
    // without exceeding max-concurrency. One side failing, or a cancellation, stops the other; the
    // worktrees are removed only once both have stopped.
    const cancel = new AbortController();
    const onCancel = (): void => cancel.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onCancel, { once: true });
    if (options.signal?.aborted) onCancel();
    const sides: OpenSide[] = [];
    try {
      const head = await openSide({
        ...common,
        side: 'head',
        treeRoot: headRoot,
        target: suite.target,
        commit: headSha,
        dirty,
        ref: args.headRef ?? 'HEAD',
        onProgress: (pr) => options.onProgress?.('head', pr),
        signal: cancel.signal,
      });
      sides.push(head);
      const base = stored?.results
        ? { stored: stored.results }
        : await openSide({
            ...common,
            side: 'base',
            treeRoot: baseTree.path,
            target: baseTarget.target ?? suite.target,
            commit: baseSha,
            ref: args.baseRef,
            onProgress: (pr) => options.onProgress?.('base', pr),
            signal: cancel.signal,
          });
      if (!('stored' in base)) sides.push(base);
      const paired = await evaluatePaired({
        cases: runOrder(cases, suite.sample.seed, [...suite.sample.always, ...suite.gate.mustPassTags]),
        gate: suite.gate,
        // Each shard evaluates its whole slice: shards cannot agree on when to stop.
        batches: options.shard ? 1 : suite.sample.batches,
        trials: suite.sample.trials,
        base,
        head,
        budget,
        trafficCallsPerMonth: suite.trafficCallsPerMonth,
        baselineNote: stored?.note ?? baseTarget.note,
        log,
        cancel: (error) => cancel.abort(new CancelledError(`cancelled: the other side failed (${error instanceof Error ? error.message : String(error)})`)),
        signal: cancel.signal,
      });
      if (options.outDir) {
        await writeJsonFile(join(options.outDir, 'base', RESULTS_FILE), paired.base);
        await writeJsonFile(join(options.outDir, 'head', RESULTS_FILE), paired.head);
      }
      const { comparison } = paired;
      const verdict = decide(comparison, suite.gate);
      const changedFiles = await changedUnderTest(root, baseSha, headSha, suite, baseTarget.target);
      return { suite, redact: p.redact, base: paired.base, head: paired.head, comparison, verdict, changedFiles };
    } finally {
      options.signal?.removeEventListener('abort', onCancel);
      await Promise.all(sides.map((s) => s.close()));
    }
  } finally {
    await baseTree.remove();
    await headTree?.remove();
  }
}

/** The base side's own `target` section; the head's when the suite file is new or unreadable at base. */
export async function readTargetAt(treeRoot: string, configPath: string): Promise<{ target: TargetSpec | null; note: string | null }> {
  let text: string;
  try {
    text = await readFile(join(treeRoot, configPath), 'utf8');
  } catch {
    return { target: null, note: `${configPath} does not exist at base: the base side uses the head's target` };
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch {
    return { target: null, note: `${configPath} is not valid YAML at base: the base side uses the head's target` };
  }
  const parsed = TargetSpec.safeParse((raw as { target?: unknown } | null)?.target);
  if (!parsed.success) {
    return { target: null, note: `the target section of ${configPath} at base is invalid: the base side uses the head's target` };
  }
  return { target: parsed.data, note: null };
}

/** The base side's `endpoints` section; null when the suite file is missing, unreadable or its endpoints invalid at base. */
export async function readEndpointsAt(treeRoot: string, configPath: string): Promise<Record<string, EndpointSpec> | null> {
  try {
    const raw = parseYaml(await readFile(join(treeRoot, configPath), 'utf8')) as { endpoints?: unknown } | null;
    const parsed = z.record(EndpointName, EndpointSpec).safeParse(raw?.endpoints ?? {});
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Uses a stored baseline only when it was made from the same suite at the base commit. */
export async function usableBaseline(
  file: string,
  want: { fingerprint: string; baseSha: string; ids: string[]; trials: number },
): Promise<{ results: RunResults | null; note: string }> {
  const { fingerprint, baseSha } = want;
  let results: RunResults;
  try {
    results = await readResults(file);
  } catch (error) {
    return { results: null, note: `stored baseline ignored: ${(error as Error).message}` };
  }
  if (results.meta.suiteFingerprint !== fingerprint) {
    return {
      results: null,
      note: 'stored baseline ignored: its suite fingerprint differs (cases, checks or judge changed since it was made)',
    };
  }
  if (results.meta.commit !== baseSha) {
    return {
      results: null,
      note: `stored baseline ignored: it was made at ${results.meta.commit?.slice(0, 7) ?? 'an unknown commit'}, the base is ${baseSha.slice(0, 7)}`,
    };
  }
  if (results.meta.trials !== want.trials) {
    return { results: null, note: `stored baseline ignored: it has ${results.meta.trials} trials per case, this run ${want.trials}` };
  }
  const byId = new Map(results.cases.map((c) => [c.id, c]));
  const missing = want.ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    return { results: null, note: `stored baseline ignored: it lacks ${missing.length} of the sampled cases (e.g. ${missing[0]})` };
  }
  // Keep only this run's cases so the pairs are exactly the sample; their cost was paid by the run that stored them.
  const cases = want.ids.map((id) => {
    const c = byId.get(id)!;
    return { ...c, trials: c.trials.map(asReplayed), ...(c.confirmTrials && { confirmTrials: c.confirmTrials.map(asReplayed) }) };
  });
  return {
    results: { ...results, cases, totals: totalsOf(cases, results.totals.unknownPriceModels), meta: { ...results.meta, side: 'base' } },
    note: `base results from the stored baseline of ${baseSha.slice(0, 7)} (no base run)`,
  };
}

/** Files of the system under test (and the suite) that differ between base and head, with diffs. */
export async function changedUnderTest(
  root: string,
  baseSha: string,
  headSha: string | null,
  suite: Suite,
  baseTarget: TargetSpec | null,
): Promise<ChangedFile[]> {
  if (!headSha) return [];
  const relevant = new Set([suite.path, ...suite.targetFiles, ...(baseTarget ? targetFilesOf(baseTarget) : [])]);
  const changed = (await changedPaths(root, baseSha, headSha)).filter((f) => relevant.has(f.path));
  return Promise.all(changed.map(async ({ path, status }) => ({ path, status, diff: await fileDiff(root, baseSha, headSha, path) })));
}

/** Logs what the run is expected to cost before any request is sent (SPEC §7 budget). */
async function logEstimate(suite: Suite, cases: readonly Case[], sides: number, options: EvalOptions): Promise<void> {
  if (!options.log) return;
  const chat = suite.target.chat;
  const runs = cases.length * suite.sample.trials * sides;
  let estimate: number | null = null;
  if (chat) {
    const model = await resolveModel(suite.root, chat).catch(() => null);
    const fixed = await Promise.all(
      chat.messages.map(async (m) =>
        'file' in m
          ? readFile(join(suite.root, m.file), 'utf8').then(
              (t) => t.length,
              () => 0,
            )
          : m.content.length,
      ),
    );
    const inputs = cases.reduce((n, c) => n + JSON.stringify(c.input).length, 0) / Math.max(1, cases.length);
    const judgeChecks = cases.reduce((n, c) => n + c.checks.filter((k) => k.judge !== undefined).length, 0) / Math.max(1, cases.length);
    estimate = estimateCost({
      model,
      promptChars: fixed.reduce((a, b) => a + b, 0) + inputs,
      maxOutputTokens: chat['max-tokens'] ?? null,
      judgeModel: suite.judge?.model ?? null,
      judgeChecks,
      runs,
      pricing: suite.pricing,
    });
  }
  const budget = options.maxCost === null ? 'no budget cap' : `budget $${options.maxCost}${options.shared ? ' shared by every suite of the run' : ''}`;
  // With shared resources several suites log their estimates: each line names its suite.
  const who = options.shared ? `suite ${suite.name}: ` : '';
  options.log(
    estimate === null
      ? `${who}${runs} case runs planned; the spend cannot be estimated in advance (${budget}).`
      : `${who}${runs} case runs planned; estimated spend at most ~$${estimate.toFixed(4)} before cache hits (${budget}).`,
  );
}

/**
 * Case runs in flight. For chat targets twice the model requests, so cases waiting out a
 * Retry-After (which holds no scheduler slot) leave no slot idle; the scheduler still caps the
 * requests. Agents are processes: as many as max-concurrency, no more.
 */
function caseConcurrency(suite: Suite, maxConcurrency: number): number {
  return suite.target.chat ? maxConcurrency * 2 : maxConcurrency;
}
