/**
 * Starting one agent process and stopping everything it started. Lives below both the targets
 * (command agents) and the isolation modes (the root helper runs agents as the agent user with it).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { AGENT_MARKER_ENV, AgentProcesses, containedCommand, containment, KILL_GRACE_MS } from './agent-processes.js';

/**
 * The result is one JSON object; 10 MB is far beyond any real answer with its trace, and stops
 * an agent stuck in a print loop from exhausting EvalGate's memory.
 */
export const MAX_STDOUT_BYTES = 10 * 1024 * 1024;

/** Enough for a stack trace; the report shows it under the error. */
export const STDERR_TAIL_CHARS = 4096;

/** After the agent's processes are gone, how long to wait for its pipes to flush. */
const STDIO_DRAIN_MS = 1_000;

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

/** How agent processes are started: `runProcess` here, or as the agent user (agent-user.ts). */
export type RunProcess = (opts: Omit<Parameters<typeof runProcess>[0], 'user'>) => Promise<ProcessResult>;
