import type { CommandTarget, PriceSpec } from '../config/schema.js';
import { MAX_STDOUT_BYTES, runProcess, type Ending, type RunProcess } from '../isolation/run-process.js';
import { makeRunId, type ProxyRecording, type RecordingProxy } from '../proxy/recording-proxy.js';
import { parseDurationMs } from '../util/units.js';
import { baseAgentEnv, runAgentEnv } from './env.js';
import { agentOutput, consumedBy, parseAgentStdout, ProtocolError } from './steps.js';
import { TargetError, type Target, type TargetInput, type TargetOutput } from './target.js';

/** An agent that says nothing for this long is stopped (SPEC §3 `timeout`). */
export const DEFAULT_COMMAND_TIMEOUT_MS = 60_000;

/** Commands are quoted in messages up to this length. */
const COMMAND_QUOTE_CHARS = 80;

function quote(command: string): string {
  return `\`${command.length > COMMAND_QUOTE_CHARS ? `${command.slice(0, COMMAND_QUOTE_CHARS)}…` : command}\``;
}

/** The run error for a replay miss, which explains an agent failure better than its exit code. */
export function replayMissError(recording: Pick<ProxyRecording, 'replayMisses'>, stderr: string | undefined): TargetError | null {
  const [first] = recording.replayMisses;
  if (first === undefined) return null;
  const more = recording.replayMisses.length > 1 ? ` (and ${recording.replayMisses.length - 1} more)` : '';
  return new TargetError('replay-miss', first + more, stderr);
}

function asProviderFailure(error: TargetError): TargetError {
  return new TargetError(error.kind, `${error.message} after a failed model call`, error.stderr, { cause: error, origin: 'provider' });
}

function endingError(ending: Ending, cmd: string, timeoutMs: number, stderr: string | undefined): TargetError | null {
  switch (ending.kind) {
    case 'exit':
      if (ending.code === 0) return null;
      if (ending.signal) return new TargetError('command', `${cmd} was killed by ${ending.signal}`, stderr);
      return new TargetError(
        'command',
        `${cmd} exited with code ${ending.code}${ending.code === 127 ? ' (command not found: check target.command.run and the PATH)' : ''}`,
        stderr,
      );
    case 'timeout':
      return new TargetError(
        'timeout',
        `${cmd} did not finish within ${timeoutMs / 1000}s and was stopped; raise target.command.timeout if it needs longer`,
        stderr,
      );
    case 'overflow':
      return new TargetError(
        'command',
        `${cmd} printed more than ${MAX_STDOUT_BYTES / 1024 / 1024} MB to stdout and was stopped; print only the result JSON there, logs to stderr`,
        stderr,
      );
    case 'aborted':
      return new TargetError('other', `${cmd} was cancelled`, stderr);
    case 'spawn-error':
      return new TargetError('command', `could not start ${cmd}: ${ending.message}`, stderr);
  }
}

export interface CommandTargetArgs {
  /** The evaluated tree's root: the agent's working directory. */
  root: string;
  spec: CommandTarget;
  proxy: RecordingProxy;
  pricing: Record<string, PriceSpec>;
  /** EvalGate's own environment; only the allow-list of src/targets/env.ts reaches the agent. */
  env: Readonly<Record<string, string | undefined>>;
  /** Starts the agent's process; `runProcess` (EvalGate's own user) when absent. */
  run?: RunProcess;
}

/**
 * The command target (SPEC §3): runs `spec.run` once per case and trial. stdin is one JSON line
 * `{"id","input","trial"}`; stdout is the result JSON (see parseAgentStdout). The agent's
 * OPENAI_BASE_URL points at the recording proxy, so its model calls become measured `llm` steps;
 * its OPENAI_API_KEY is the proxy's stand-in key, never the real one.
 * Throws AgentEnvError when `spec.env` is unusable.
 */
export function createCommandTarget(args: CommandTargetArgs): Target {
  const { spec, proxy, pricing } = args;
  const base = baseAgentEnv(args.env, spec.env);
  const timeoutMs = spec.timeout !== undefined ? parseDurationMs(spec.timeout) : DEFAULT_COMMAND_TIMEOUT_MS;
  const cmd = quote(spec.run);

  return {
    async run(input: TargetInput): Promise<TargetOutput> {
      const runId = makeRunId(input.caseId, input.trial);
      const env = runAgentEnv(base, {
        openaiBaseUrl: proxy.urlFor(runId),
        anthropicBaseUrl: proxy.anthropicUrlFor(runId),
        openaiApiKey: proxy.agentKey,
        caseId: input.caseId,
        trial: input.trial,
      });
      const result = await (args.run ?? runProcess)({
        command: spec.run,
        cwd: args.root,
        env,
        stdin: `${JSON.stringify({ id: input.caseId, input: input.input, trial: input.trial })}\n`,
        timeoutMs,
        signal: input.signal,
      });
      const recording = proxy.takeRun(runId);
      const stderr = result.stderrTail || undefined;
      const failure = replayMissError(recording, stderr) ?? endingError(result.ending, cmd, timeoutMs, stderr);
      if (failure) {
        // An agent that fails after the provider failed under it has not shown a fault of its own.
        const error = recording.steps.some((s) => s.error !== undefined) ? asProviderFailure(failure) : failure;
        error.consumed = consumedBy(recording, pricing);
        throw error;
      }
      try {
        return agentOutput(parseAgentStdout(result.stdout), recording, result.wallMs, pricing);
      } catch (error) {
        if (error instanceof ProtocolError)
          throw new TargetError('command', `${cmd}: ${error.message}`, stderr, { cause: error, consumed: consumedBy(recording, pricing) });
        throw error;
      }
    },
  };
}
