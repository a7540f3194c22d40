import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ModuleTarget, PriceSpec } from '../config/schema.js';
import { runNodeChild, type ChildOutcome } from '../isolation/node-child.js';
import { SAME_USER, type Isolation } from '../isolation/processes.js';
import { STDERR_TAIL_CHARS } from '../isolation/run-process.js';
import { makeRunId, type RecordingProxy } from '../proxy/recording-proxy.js';
import { isInside, repoPath } from '../util/repo-path.js';
import { parseDurationMs } from '../util/units.js';
import { DEFAULT_COMMAND_TIMEOUT_MS, replayMissError } from './command.js';
import { baseAgentEnv, runAgentEnv } from './env.js';
import { agentOutput, consumedBy, parseAgentResult, ProtocolError } from './steps.js';
import { TargetError, type Target, type TargetInput, type TargetOutput } from './target.js';

/** The second argument of a module agent's function. */
export interface ModuleAgentContext {
  caseId: string;
  trial: number;
  /** The recording proxy's URL for this run: pass it to your OpenAI client as `baseURL`. */
  openaiBaseUrl: string;
  /** The proxy's stand-in key (also in OPENAI_API_KEY and ANTHROPIC_API_KEY): valid only at the proxy. */
  openaiApiKey: string;
  /** The recording proxy's Anthropic URL for this run (also in ANTHROPIC_BASE_URL): pass it as `baseURL`. */
  anthropicBaseUrl: string;
  /** Aborted on timeout or cancellation: pass it to fetch / the SDK so work stops. */
  signal: AbortSignal;
}

export interface ModuleTargetArgs {
  root: string;
  spec: ModuleTarget;
  proxy: RecordingProxy;
  pricing: Record<string, PriceSpec>;
  /** EvalGate's own environment; the module's process gets only the allow-list of src/targets/env.ts. */
  env: Readonly<Record<string, string | undefined>>;
  /** Same user or agent user; SAME_USER when absent. */
  isolation?: Isolation;
}

/** Importing the module to list its exports may run top-level code: bounded like a run. */
const PROBE_TIMEOUT_MS = 30_000;

/** The module's real path inside `root`. Throws Error with advice. */
async function locateAgent(root: string, spec: ModuleTarget): Promise<string> {
  const where = `target.module.path: ${spec.path}`;
  const path = resolve(root, spec.path);
  if (repoPath(spec.path) === null) throw new Error(`${where} is outside the evaluated tree; give a path relative to the repository root`);
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw new Error(`${where} does not exist in the evaluated tree`);
  }
  // A symlink inside the tree may still point outside it.
  if (!isInside(await realpath(root), real)) throw new Error(`${where} resolves outside the evaluated tree (a symlink?)`);
  return real;
}

function importFailure(spec: ModuleTarget, outcome: ChildOutcome): Error | null {
  const where = `target.module.path: ${spec.path}`;
  const exportName = spec.export ?? 'default';
  switch (outcome.kind) {
    case 'import-error': {
      const hint = /\.(c|m)?tsx?$/.test(spec.path) ? ' — Node imports JavaScript: point at the compiled .js/.mjs file' : '';
      return new Error(`${where}: could not import it: ${outcome.message}${hint}`);
    }
    case 'exports':
      if (outcome.found === 'function') return null;
      return new Error(
        `target.module.export: ${spec.path} has no function export "${exportName}" (function exports: ${outcome.functions.length > 0 ? outcome.functions.join(', ') : 'none'})`,
      );
    case 'ended':
      return new Error(
        `${where}: importing it did not finish (${outcome.ending.kind}${outcome.stderrTail ? `: ${outcome.stderrTail.trim().split('\n').at(-1)}` : ''})`,
      );
    default:
      return new Error(`${where}: importing it failed: ${'message' in outcome ? outcome.message : outcome.kind}`);
  }
}

/** A run's outcome as the TargetError the report shows, or the value it returned. */
function runFailure(spec: ModuleTarget, outcome: ChildOutcome, timeoutMs: number): TargetError | { value: unknown; ms?: number } {
  switch (outcome.kind) {
    case 'returned':
      return { value: outcome.value, ms: outcome.ms };
    case 'threw':
      return new TargetError('command', `${spec.path} threw: ${outcome.message}`, outcome.stack?.slice(-STDERR_TAIL_CHARS));
    case 'unserializable':
      return new TargetError('command', `${spec.path}: the agent result is not JSON (${outcome.message})`);
    case 'timeout':
      return new TargetError('timeout', `${spec.path} did not finish within ${timeoutMs / 1000}s; raise target.module.timeout if it needs longer`);
    case 'import-error':
    case 'exports':
      return new TargetError('command', importFailure(spec, outcome)?.message ?? `${spec.path}: the export is not a function`);
    case 'ended': {
      const stderr = outcome.stderrTail || undefined;
      const { ending } = outcome;
      if (ending.kind === 'timeout') {
        return new TargetError('timeout', `${spec.path} did not finish within ${timeoutMs / 1000}s; raise target.module.timeout if it needs longer`, stderr);
      }
      if (ending.kind === 'aborted') return new TargetError('other', `${spec.path} was cancelled`, stderr);
      if (ending.kind === 'overflow') return new TargetError('command', `${spec.path} printed too much to stdout and was stopped; log to stderr`, stderr);
      if (ending.kind === 'spawn-error') return new TargetError('command', `could not start Node for ${spec.path}: ${ending.message}`, stderr);
      const how = ending.signal ? `was killed by ${ending.signal}` : `exited with code ${ending.code}`;
      return new TargetError('command', `${spec.path}: its process ${how} before returning a result`, stderr);
    }
  }
}

/**
 * The module target (SPEC §3): per case and trial, a fresh Node child process imports `spec.path`
 * (inside the evaluated tree) and calls its `export` (default `default`) as `fn(input, ctx)`. The
 * child is PR code: it never runs inside EvalGate's process, gets the built agent environment (no
 * tokens, the proxy's stand-in key), and is killed with its process group on timeout. The module
 * is imported once when the target is created, to report a bad path or export before any case.
 * Throws AgentEnvError when `spec.env` is unusable.
 */
export async function createModuleTarget(args: ModuleTargetArgs): Promise<Target> {
  const { spec, proxy, pricing } = args;
  const isolation = args.isolation ?? SAME_USER;
  const file = await locateAgent(args.root, spec);
  const exportName = spec.export ?? 'default';
  const timeoutMs = spec.timeout !== undefined ? parseDurationMs(spec.timeout) : DEFAULT_COMMAND_TIMEOUT_MS;
  const base = baseAgentEnv(args.env, spec.env, 'target.module.env');

  const probe = await runNodeChild(isolation, { file, exportName, mode: 'probe', cwd: args.root, env: base, timeoutMs: Math.max(timeoutMs, PROBE_TIMEOUT_MS) });
  const bad = importFailure(spec, probe.outcome);
  if (bad) throw bad;

  return {
    async run(input: TargetInput): Promise<TargetOutput> {
      const runId = makeRunId(input.caseId, input.trial);
      const openaiBaseUrl = proxy.urlFor(runId);
      const anthropicBaseUrl = proxy.anthropicUrlFor(runId);
      const env = runAgentEnv(base, { openaiBaseUrl, anthropicBaseUrl, openaiApiKey: proxy.agentKey, caseId: input.caseId, trial: input.trial });
      const ctx = { caseId: input.caseId, trial: input.trial, openaiBaseUrl, openaiApiKey: proxy.agentKey, anthropicBaseUrl };
      const child = await runNodeChild(isolation, {
        file,
        exportName,
        mode: 'agent',
        args: { input: input.input, ctx },
        cwd: args.root,
        env,
        timeoutMs,
        signal: input.signal,
      });
      const outcome = runFailure(spec, child.outcome, timeoutMs);
      const recording = proxy.takeRun(runId);
      const failure =
        replayMissError(recording, outcome instanceof TargetError ? outcome.stderr : undefined) ?? (outcome instanceof TargetError ? outcome : null);
      if (failure) {
        failure.consumed = consumedBy(recording, pricing);
        throw failure;
      }
      const returned = outcome as { value: unknown; ms?: number };
      try {
        // The call's own duration: Node's start-up in the child is EvalGate's overhead, not the agent's latency.
        return agentOutput(parseAgentResult(returned.value), recording, returned.ms ?? child.wallMs, pricing);
      } catch (error) {
        if (error instanceof ProtocolError) {
          throw new TargetError('command', `${spec.path}: ${error.message}`, child.stderrTail || undefined, {
            cause: error,
            consumed: consumedBy(recording, pricing),
          });
        }
        throw error;
      }
    },
  };
}
