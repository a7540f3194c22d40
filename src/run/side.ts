import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckEnv } from '../checks/types.js';
import { canonicalJson } from '../config/fingerprint.js';
import { targetFilesOf } from '../config/load.js';
import type { Case, Suite, TargetSpec } from '../config/suite.js';
import type { CaseResult, RunMeta, RunResults } from '../results/schema.js';
import { redactMeta, type Redactor } from '../report/redact.js';
import { RESULTS_SCHEMA_VERSION } from '../results/schema.js';
import { totalsOf } from '../results/totals.js';
import { createTarget, type AgentOpenAi } from '../targets/create.js';
import { SAME_USER, type Isolation } from '../isolation/processes.js';
import { VERSION } from '../util/version.js';
import type { Budget } from './budget.js';
import { executeCases, type Progress } from './executor.js';
import type { LlmClient } from '../llm/llm.js';

export interface SideArgs {
  suite: Suite;
  side: RunMeta['side'];
  /** The tree the system under test is read from (head checkout or base worktree). */
  treeRoot: string;
  /** That tree's `target` section. */
  target: TargetSpec;
  /** Cases to run (sampled, sharded), and the sample they come from. */
  cases: readonly Case[];
  sampleIds: string[];
  trials: number;
  seed: number;
  shard: RunMeta['shard'];
  commit: string | null;
  /** The tree is the working tree and differs from `commit` (uncommitted changes). */
  dirty?: boolean;
  ref: string | null;
  llm: LlmClient;
  /** Endpoint, key, cache and scheduler for agent targets' recording proxy. */
  openai: AgentOpenAi;
  /** Judge calls go through this client; the same one as `llm` unless the caller separates them. */
  judgeLlm: LlmClient;
  budget: Budget;
  concurrency: number;
  suiteFingerprint: string;
  /** When set, finished trials are appended to `<outDir>/<side>.jsonl` as they complete. */
  outDir: string | null;
  /** The run's redaction policy, applied to each result before it is kept or written. */
  redact: Redactor;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  /** How PR code runs: command and module agents, javascript checks; same user when absent. */
  isolation?: Isolation;
}

/** Hash of the system under test: the target section and the content of every file it reads. */
export async function targetFingerprint(root: string, target: TargetSpec): Promise<string> {
  const hash = createHash('sha256').update(canonicalJson(target));
  for (const file of targetFilesOf(target)) {
    const content = await readFile(join(root, file)).catch(() => Buffer.from('<missing>'));
    hash.update(`\u0000${file}\u0000`).update(content);
  }
  return hash.digest('hex').slice(0, 16);
}

/** One side opened for evaluation in batches (sequential sampling): its target stays up between them. */
export interface OpenSide {
  /**
   * Evaluates `cases` (`trials` each, numbered from `firstTrial`), appending to the side's JSONL.
   * Returns the case results and how many cases did not start (budget or cancellation).
   */
  run(cases: readonly Case[], options?: { firstTrial?: number; trials?: number }): Promise<{ cases: CaseResult[]; notStarted: number }>;
  /** The results file of the given cases (everything kept so far); `cut` when the budget stopped it. */
  results(cases: CaseResult[], cut: RunMeta['cut']): Promise<RunResults>;
  close(): Promise<void>;
}

/** Starts a side: its target (agent proxy, module), check environment and JSONL file. */
export async function openSide(args: Omit<SideArgs, 'cases'>): Promise<OpenSide> {
  const startedAt = new Date();
  const isolation = args.isolation ?? SAME_USER;
  // The agent user reads the evaluated tree (agents) and the head tree (javascript checks).
  if (!args.target.chat) await isolation.openTree(args.treeRoot);
  if (args.suite.cases.some((c) => c.checks.some((check) => check.javascript !== undefined))) await isolation.openTree(args.suite.root);
  const target = await createTarget({
    root: args.treeRoot,
    spec: args.target,
    llm: args.llm,
    pricing: args.suite.pricing,
    side: args.side,
    openai: args.openai,
    isolation,
  });
  const checkEnv: CheckEnv = {
    root: args.suite.root,
    judge: args.suite.judge,
    llm: args.judgeLlm,
    pricing: args.suite.pricing,
    javascript: { isolation, env: process.env },
  };
  let jsonlPath: string | undefined;
  try {
    if (args.outDir) {
      await mkdir(args.outDir, { recursive: true });
      jsonlPath = join(args.outDir, `${args.side}.jsonl`);
      await writeFile(jsonlPath, '');
    }
  } catch (error) {
    await target.close?.();
    throw error;
  }
  const { redact } = args;
  const unknownModels = new Set<string>();
  // Progress counts across batches, out of the whole (maximum) sample.
  const progress: Progress = { done: 0, total: args.sampleIds.length * args.trials, errors: 0, failed: 0 };
  return {
    async run(cases, options = {}) {
      const before = { ...progress };
      const executed = await executeCases({
        cases,
        trials: options.trials ?? args.trials,
        firstTrial: options.firstTrial,
        target,
        checkEnv,
        concurrency: args.concurrency,
        budget: args.budget,
        jsonlPath,
        redact,
        onProgress: (p) => {
          Object.assign(progress, { done: before.done + p.done, errors: before.errors + p.errors, failed: before.failed + p.failed });
          progress.total = Math.max(progress.total, progress.done);
          args.onProgress?.({ ...progress });
        },
        signal: args.signal,
      });
      executed.unknownPriceModels.forEach((m) => unknownModels.add(m));
      return { cases: executed.cases, notStarted: executed.notStarted };
    },
    async results(cases, cut) {
      const finishedAt = new Date();
      const meta: RunMeta = {
        side: args.side,
        commit: args.commit,
        ...(args.dirty ? { dirty: true } : {}),
        ref: args.ref,
        suitePath: args.suite.path,
        suiteName: args.suite.name,
        suiteFingerprint: args.suiteFingerprint,
        targetFingerprint: await targetFingerprint(args.treeRoot, args.target),
        seed: args.seed,
        trials: args.trials,
        totalCases: args.suite.cases.length,
        sampleIds: args.sampleIds,
        shard: args.shard,
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - startedAt.getTime(),
        cut,
        evalgateVersion: VERSION,
      };
      return {
        schema: 'evalgate-results',
        schemaVersion: RESULTS_SCHEMA_VERSION,
        meta: redactMeta(meta, redact),
        cases,
        totals: totalsOf(
          cases,
          [...unknownModels].map((m) => redact(m)),
        ),
      };
    },
    async close() {
      await target.close?.();
    },
  };
}

/** The budget's cut-off as the results file states it. */
export function budgetCut(budget: Budget, completed: number, planned: number): RunMeta['cut'] {
  return { reason: `the max-cost budget of $${budget.maxUsd} was reached`, completed, planned };
}

/** Evaluates one side (base or head) on the given cases in one go and assembles its results file. */
export async function evaluateSide(args: SideArgs): Promise<RunResults> {
  const side = await openSide(args);
  try {
    const executed = await side.run(args.cases);
    const cut = executed.notStarted > 0 ? budgetCut(args.budget, executed.cases.length, args.cases.length) : null;
    return await side.results(executed.cases, cut);
  } finally {
    await side.close();
  }
}
