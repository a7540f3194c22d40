import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckEnv } from '../checks/types.js';
import { canonicalJson } from '../config/fingerprint.js';
import { targetFilesOf } from '../config/load.js';
import type { Case, Suite, TargetSpec } from '../config/suite.js';
import { redactMeta, type Redactor } from '../report/redact.js';
import { RESULTS_SCHEMA_VERSION, type RunMeta, type RunResults } from '../results/schema.js';
import { totalsOf } from '../results/totals.js';
import { createTarget, type AgentOpenAi } from '../targets/create.js';
import { VERSION } from '../version.js';
import type { Budget } from './budget.js';
import { executeCases, type Progress } from './executor.js';
import type { LlmClient } from './llm.js';

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

/** Evaluates one side (base or head) on the given cases and assembles its results file. */
export async function evaluateSide(args: SideArgs): Promise<RunResults> {
  const startedAt = new Date();
  const target = await createTarget({
    root: args.treeRoot,
    spec: args.target,
    llm: args.llm,
    pricing: args.suite.pricing,
    side: args.side,
    openai: args.openai,
  });
  const checkEnv: CheckEnv = {
    root: args.suite.root,
    judge: args.suite.judge,
    llm: args.judgeLlm,
    pricing: args.suite.pricing,
  };
  let jsonlPath: string | undefined;
  if (args.outDir) {
    await mkdir(args.outDir, { recursive: true });
    jsonlPath = join(args.outDir, `${args.side}.jsonl`);
    await writeFile(jsonlPath, '');
  }
  try {
    const executed = await executeCases({
      cases: args.cases,
      trials: args.trials,
      target,
      checkEnv,
      concurrency: args.concurrency,
      budget: args.budget,
      jsonlPath,
      redact: args.redact,
      onProgress: args.onProgress,
      signal: args.signal,
    });
    const finishedAt = new Date();
    const meta: RunMeta = {
      side: args.side,
      commit: args.commit,
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
      cut:
        executed.notStarted > 0
          ? {
              reason: `the max-cost budget of $${args.budget.maxUsd} was reached`,
              completed: executed.cases.length,
              planned: args.cases.length,
            }
          : null,
      evalgateVersion: VERSION,
    };
    return {
      schema: 'evalgate-results',
      schemaVersion: RESULTS_SCHEMA_VERSION,
      meta: redactMeta(meta, args.redact),
      cases: executed.cases,
      totals: totalsOf(executed.cases, executed.unknownPriceModels.map((m) => args.redact(m))),
    };
  } finally {
    await target.close?.();
  }
}
