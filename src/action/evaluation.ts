import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { startIsolation } from '../isolation/agent-user.js';
import type { Isolation } from '../isolation/processes.js';
import { DEFAULT_TIMEOUT_MS, type EvalOptions } from '../pipeline.js';
import type { Redactor } from '../report/redact.js';
import type { Suite } from '../config/suite.js';
import { restoreDir, saveResponseCache, type ResponseCacheKeys } from '../run/persist.js';
import { parseShard } from '../run/sample.js';
import { secretsOf, type RunContext } from './context.js';

/** The action's log: every line of progress goes to the job log. */
export const log = (line: string): void => core.info(line);

/** Where the action keeps files between jobs (restored from and saved to the Actions cache). */
export function runnerTempDir(name: string): string {
  return join(process.env.RUNNER_TEMP || tmpdir(), name);
}

/** The response cache lives outside results-dir: results are uploaded as artifacts, the cache is not. */
export function responseCacheDir(): string {
  return runnerTempDir('evalgate-response-cache');
}

/**
 * Runs `evaluate` with PR code isolated as `agent-user` says, and stops the isolation after. The
 * agent user is kept out of $RUNNER_TEMP: setup-* actions and actions/checkout may keep
 * credentials there, and the response cache needs no reader but EvalGate.
 */
export async function withIsolation<T>(ctx: RunContext, evaluate: (isolation: Isolation) => Promise<T>): Promise<T> {
  const isolation = await startIsolation({
    setting: ctx.inputs.agentUser,
    entry: process.argv[1] ?? null,
    hide: process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : [],
    log,
  });
  try {
    return await evaluate(isolation);
  } finally {
    await isolation.close();
  }
}

/**
 * The evaluation settings of the action's inputs; `redact` is the suite's policy where the caller
 * has one. Named endpoints read their keys from the step's `env:` (process.env).
 */
export function evalOptions(ctx: RunContext, suite: Suite, redact?: Redactor): EvalOptions {
  const { inputs } = ctx;
  return {
    signal: ctx.signal,
    ...(redact && { redact }),
    secrets: secretsOf(inputs, suite),
    env: process.env,
    keyHelp: 'action',
    endpointsFromBase: true,
    apiKey: inputs.openaiApiKey,
    baseURL: inputs.openaiBaseUrl || null,
    // Agents' Anthropic calls, forwarded by the recording proxy (ANTHROPIC_* from the step's env:).
    anthropic: inputs.anthropicApiKey ? { apiKey: inputs.anthropicApiKey, baseURL: inputs.anthropicBaseUrl || null } : null,
    sample: inputs.sample || null,
    trials: inputs.trials,
    seed: inputs.seed,
    maxConcurrency: inputs.maxConcurrency,
    maxCost: inputs.maxCost,
    cacheDir: responseCacheDir(),
    replay: false,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    outDir: ctx.resultsDir,
    shard: inputs.shard ? parseShard(inputs.shard) : null,
    log,
  };
}

/**
 * Runs `evaluate` with the response cache restored from the Actions cache first (this key, else the
 * nearest of `keys.restore`) and saved after, pruned to what this run used.
 */
export async function withResponseCache<T>(keys: ResponseCacheKeys, evaluate: () => Promise<T>): Promise<T> {
  const started = Date.now();
  await restoreDir(responseCacheDir(), keys.save, keys.restore, log);
  const result = await evaluate();
  await saveResponseCache(responseCacheDir(), keys.save, started, log);
  return result;
}
