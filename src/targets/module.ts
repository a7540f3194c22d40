import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ModuleTarget, PriceSpec } from '../config/schema.js';
import { makeRunId, type RecordingProxy } from '../proxy/recording-proxy.js';
import { parseDurationMs } from '../util/units.js';
import { DEFAULT_COMMAND_TIMEOUT_MS, replayMissError, STDERR_TAIL_CHARS } from './command.js';
import { agentOutput, parseAgentResult, ProtocolError } from './steps.js';
import { TargetError, type Target, type TargetInput, type TargetOutput } from './target.js';

/** The second argument of a module agent's function. */
export interface ModuleAgentContext {
  caseId: string;
  trial: number;
  /** The recording proxy's URL for this run: pass it to your OpenAI client as `baseURL`. */
  openaiBaseUrl: string;
  openaiApiKey: string;
  /** Aborted on timeout or cancellation: pass it to fetch / the SDK so work stops. */
  signal: AbortSignal;
}

export type ModuleAgent = (input: Record<string, unknown>, ctx: ModuleAgentContext) => unknown;

export interface ModuleTargetArgs {
  root: string;
  spec: ModuleTarget;
  proxy: RecordingProxy;
  pricing: Record<string, PriceSpec>;
  /** Given to the agent as `ctx.openaiApiKey`. */
  apiKey: string;
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Imports the agent module from inside `root` and returns its function export. Throws Error with advice. */
async function loadAgent(root: string, spec: ModuleTarget): Promise<ModuleAgent> {
  const exportName = spec.export ?? 'default';
  const where = `target.module.path: ${spec.path}`;
  const path = resolve(root, spec.path);
  if (!within(resolve(root), path)) throw new Error(`${where} is outside the evaluated tree; give a path relative to the repository root`);
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw new Error(`${where} does not exist in the evaluated tree`);
  }
  // A symlink inside the tree may still point outside it.
  if (!within(await realpath(root), real)) throw new Error(`${where} resolves outside the evaluated tree (a symlink?)`);

  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(real).href)) as Record<string, unknown>;
  } catch (error) {
    const hint = /\.(c|m)?tsx?$/.test(spec.path) ? ' — Node imports JavaScript: point at the compiled .js/.mjs file' : '';
    throw new Error(`${where}: could not import it: ${(error as Error).message}${hint}`, { cause: error });
  }
  const fn = mod[exportName];
  if (typeof fn !== 'function') {
    const names = Object.keys(mod).filter((k) => typeof mod[k] === 'function').sort();
    throw new Error(
      `target.module.export: ${spec.path} has no function export "${exportName}" (function exports: ${names.length > 0 ? names.join(', ') : 'none'})`,
    );
  }
  return fn as ModuleAgent;
}

/**
 * The module target (SPEC §3): imports `spec.path` (inside the evaluated tree) once and calls its
 * `export` (default `default`) as `fn(input, ctx)` per case and trial, in-process. The result has
 * the command protocol's shape. Timeouts abort `ctx.signal` and fail the run, but in-process work
 * cannot be killed: an agent that ignores the signal keeps running in the background. Module
 * agents share EvalGate's process and environment; use `command` for isolation.
 */
export async function createModuleTarget(args: ModuleTargetArgs): Promise<Target> {
  const { spec, proxy, pricing } = args;
  const fn = await loadAgent(args.root, spec);
  const timeoutMs = spec.timeout !== undefined ? parseDurationMs(spec.timeout) : DEFAULT_COMMAND_TIMEOUT_MS;

  return {
    async run(input: TargetInput): Promise<TargetOutput> {
      const runId = makeRunId(input.caseId, input.trial);
      const controller = new AbortController();
      const onAbort = (): void => controller.abort(new TargetError('other', `${spec.path} was cancelled`));
      input.signal?.addEventListener('abort', onAbort, { once: true });
      let timer: NodeJS.Timeout | undefined;
      const ctx: ModuleAgentContext = {
        caseId: input.caseId,
        trial: input.trial,
        openaiBaseUrl: proxy.urlFor(runId),
        openaiApiKey: args.apiKey,
        signal: controller.signal,
      };
      const started = performance.now();
      let value: unknown;
      let failure: TargetError | null = null;
      try {
        value = await Promise.race([
          Promise.resolve().then(() => fn(input.input, ctx)),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => {
              const error = new TargetError('timeout', `${spec.path} did not finish within ${timeoutMs / 1000}s; raise target.module.timeout if it needs longer`);
              controller.abort(error);
              reject(error);
            }, timeoutMs);
            controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
          }),
        ]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const stack = error instanceof Error && error.stack ? error.stack.slice(-STDERR_TAIL_CHARS) : undefined;
        failure = error instanceof TargetError ? error : new TargetError('command', `${spec.path} threw: ${message}`, stack, { cause: error });
      } finally {
        clearTimeout(timer);
        input.signal?.removeEventListener('abort', onAbort);
      }
      const wallMs = performance.now() - started;
      const recording = proxy.takeRun(runId);
      const missed = replayMissError(recording, failure?.stderr);
      if (missed) throw missed;
      if (failure) throw failure;
      try {
        return agentOutput(parseAgentResult(value), recording, wallMs, pricing);
      } catch (error) {
        if (error instanceof ProtocolError) throw new TargetError('command', `${spec.path}: ${error.message}`, undefined, { cause: error });
        throw error;
      }
    },
  };
}
