import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { CommandTarget, PriceSpec } from '../config/schema.js';
import { makeRunId, type ProxyRecording, type RecordingProxy } from '../proxy/recording-proxy.js';
import { parseDurationMs } from '../util/units.js';
import { AGENT_MARKER_ENV, AgentProcesses, containedCommand, containment, KILL_GRACE_MS } from './agent-processes.js';
import { baseAgentEnv, runAgentEnv } from './env.js';
import { agentOutput, consumedBy, parseAgentStdout, ProtocolError } from './steps.js';
import { TargetError, type Target, type TargetInput, type TargetOutput } from './target.js';

/** An agent that says nothing for this long is stopped (SPEC §3 `timeout`). */
export const DEFAULT_COMMAND_TIMEOUT_MS = 60_000;

/**
 * The result is one JSON object; 10 MB is far beyond any real answer with its trace, and stops
 * an agent stuck in a print loop from exhausting EvalGate's memory.
 */
export const MAX_STDOUT_BYTES = 10 * 1024 * 1024;

/** Enough for a stack trace; the report shows it under the error. */
export const STDERR_TAIL_CHARS = 4096;

/** After the agent's processes are gone, how long to wait for its pipes to flush. */
const STDIO_DRAIN_MS = 1_000;

/** Commands are quoted in messages up to this length. */
const COMMAND_QUOTE_CHARS = 80;

export type Ending =
  | { kind: 'exit'; code: number | null; signal: NodeJS.Signals | null }
  | { kind: 'timeout' }
  | { kind: 'overflow' }
  | { kind: 'aborted' }
  | { kind: 'spawn-error'; message: string };

export interface ProcessResult {
  ending: Ending;
  stdout: string;
  stderrTail: string;
  wallMs: number;
}

/**
 * Runs `command` through /bin/sh in its own process group (and PID namespace where the machine
 * allows it, see agent-processes.ts). On timeout, overflow or abort its processes get SIGTERM,
 * then SIGKILL after KILL_GRACE_MS; after the agent exits, whatever it left running is stopped the
 * same way. Resolves only once every process of the run is gone.
 */
export async function runProcess(opts: {
  command: string;
  cwd: string;
  env: Record<string, string>;
  stdin: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Run as this user (EvalGate's root helper only: src/isolation/agent-host.ts). */
  user?: { uid: number; gid: number };
}): Promise<ProcessResult> {
  const started = performance.now();
  const stdout: Buffer[] = [];
  let stdoutBytes = 0;
  let stderrTail = '';
  let stopped: Ending | null = null;

  const marker = randomUUID();
  const { file, args, env, spawnAs } = containedCommand(opts.command, containment(), { ...opts.env, [AGENT_MARKER_ENV]: marker }, opts.user);
  const child = spawn(file, args, {
    cwd: opts.cwd,
    env,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...spawnAs,
  });
  const processes = child.pid === undefined ? null : new AgentProcesses(child.pid, marker);
  const exited = new Promise<Ending>((resolve) => {
    child.once('error', (error) => resolve({ kind: 'spawn-error', message: error.message }));
    child.once('exit', (code, signal) => resolve({ kind: 'exit', code, signal }));
  });
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));

  let killTimer: NodeJS.Timeout | undefined;
  const stop = (why: Ending): void => {
    if (stopped) return;
    stopped = why;
    processes?.signal('SIGTERM');
    // Not unref'd: EvalGate must not end before this fires (the run awaits the exit anyway).
    killTimer = setTimeout(() => processes?.signal('SIGKILL'), KILL_GRACE_MS);
  };
  const timer = setTimeout(() => stop({ kind: 'timeout' }), opts.timeoutMs);
  const onAbort = (): void => stop({ kind: 'aborted' });
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) onAbort();

  child.stdout.on('data', (chunk: Buffer) => {
    if (stopped) return;
    stdoutBytes += chunk.length;
    if (stdoutBytes > MAX_STDOUT_BYTES) stop({ kind: 'overflow' });
    else stdout.push(chunk);
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
  });
  // EPIPE when the agent exits without reading its input: not an error of ours.
  child.stdin.on('error', () => undefined);
  child.stdin.end(opts.stdin);

  const ending = await exited;
  clearTimeout(timer);
  opts.signal?.removeEventListener('abort', onAbort);
  // Background processes the agent left behind (in its group, or escaped with setsid) end here,
  // before its output is read: none of them can write anything after the run.
  await processes?.stopAll();
  clearTimeout(killTimer);
  let drain: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((resolve) => (drain = setTimeout(resolve, STDIO_DRAIN_MS)))]);
  clearTimeout(drain);
  child.stdout.destroy();
  child.stderr.destroy();
  return { ending: stopped ?? ending, stdout: Buffer.concat(stdout).toString('utf8'), stderrTail, wallMs: performance.now() - started };
}

/** How agent processes are started: `runProcess` here, or as the agent user (src/isolation/processes.ts). */
export type RunProcess = (opts: Omit<Parameters<typeof runProcess>[0], 'user'>) => Promise<ProcessResult>;

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
      return new TargetError('timeout', `${cmd} did not finish within ${timeoutMs / 1000}s and was stopped; raise target.command.timeout if it needs longer`, stderr);
    case 'overflow':
      return new TargetError('command', `${cmd} printed more than ${MAX_STDOUT_BYTES / 1024 / 1024} MB to stdout and was stopped; print only the result JSON there, logs to stderr`, stderr);
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
        if (error instanceof ProtocolError) throw new TargetError('command', `${cmd}: ${error.message}`, stderr, { cause: error, consumed: consumedBy(recording, pricing) });
        throw error;
      }
    },
  };
}
