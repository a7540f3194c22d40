/**
 * Chooses how PR code runs (README, Security) and, for `agent-user`, starts the root helper of
 * src/isolation/agent-host.ts and talks to it. `auto` uses the agent user when EvalGate can become
 * root without a password — as root, or with passwordless sudo as on GitHub-hosted runners — and
 * runs PR code as its own user otherwise.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { AGENT_HOST_ARG } from './agent-host-arg.js';
import { SAME_USER, type Isolation, type ProcessResult, type RunProcess } from './processes.js';

export type AgentUserSetting = 'auto' | 'on' | 'off';

/** The unprivileged account agents run as; created (as a system user) when missing. */
export const AGENT_USER = 'evalgate-agent';

/** Where the helper finds id and useradd; it inherits no PATH from the runner. */
const HELPER_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** `sudo -n true` answers at once when sudo needs no password; this only bounds a broken sudo. */
const SUDO_PROBE_TIMEOUT_MS = 10_000;

/** A mistake in the `agent-user` setting or a runner that cannot honour `on`. */
export class AgentUserError extends Error {
  override name = 'AgentUserError';
}

/** How the helper can be started as root here, or why it cannot. Impure: probes sudo. */
export function rootLauncher(): { argv: string[] } | { reason: string } {
  if (process.platform !== 'linux') return { reason: `agent users are supported on Linux only (this is ${process.platform})` };
  if (process.getuid?.() === 0) return { argv: [] };
  const probe = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: SUDO_PROBE_TIMEOUT_MS, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
  if (probe.error) return { reason: `sudo is not available (${probe.error.message})` };
  if (probe.status !== 0) return { reason: 'EvalGate is not root and sudo asks for a password' };
  // env -i: the helper starts with nothing but HELPER_PATH, whatever sudoers keeps.
  return { argv: ['sudo', '-n', '--', '/usr/bin/env', '-i', `PATH=${HELPER_PATH}`] };
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Helper {
  /** Sends a request; `result` settles with the helper's answer to its id. */
  call(message: Record<string, unknown>): { id: number; result: Promise<unknown> };
  send(message: Record<string, unknown>): void;
  close(): Promise<void>;
}

function startHelper(argv: string[], entry: string): Helper {
  const [command, ...rest] = [...argv, process.execPath, entry, AGENT_HOST_ARG];
  const child: ChildProcessWithoutNullStreams = spawn(command, rest, { env: { PATH: HELPER_PATH }, stdio: ['pipe', 'pipe', 'pipe'] });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let stderr = '';
  let gone: Error | null = null;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  child.stdin.on('error', () => undefined);
  createInterface({ input: child.stdout }).on('line', (line) => {
    let message: { id?: number; ok?: boolean; result?: unknown; error?: string };
    try {
      message = JSON.parse(line) as typeof message;
    } catch {
      return;
    }
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.ok) waiting.resolve(message.result);
    else waiting.reject(new Error(message.error ?? 'the agent-user helper failed'));
  });
  const exited = new Promise<void>((resolve) => {
    const fail = (why: string): void => {
      gone = new Error(`the agent-user helper ${why}${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`);
      for (const p of pending.values()) p.reject(gone);
      pending.clear();
      resolve();
    };
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('close', (code, signal) => fail(`exited (${signal ?? `code ${code}`})`));
  });
  const send = (message: Record<string, unknown>): void => {
    if (!gone) child.stdin.write(`${JSON.stringify(message)}\n`);
  };
  return {
    send,
    call(message) {
      const id = nextId++;
      if (gone) return { id, result: Promise.reject(gone) };
      const result = new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
      });
      send({ ...message, id });
      return { id, result };
    },
    async close() {
      child.stdin.end();
      await exited;
    },
  };
}

export interface StartIsolationArgs {
  setting: AgentUserSetting;
  /** The bundle (dist/index.js) the helper is started from; null when not running from it. */
  entry: string | null;
  /** Closed to the agent user while it runs (e.g. $RUNNER_TEMP: setup-* credentials, checkout's auth config). */
  hide: string[];
  log: (line: string) => void;
}

/**
 * The isolation PR code runs with. `off`: same user. `auto`: the agent user when possible, else
 * the same user with a log line saying why. `on`: the agent user or an AgentUserError.
 */
export async function startIsolation(args: StartIsolationArgs): Promise<Isolation> {
  if (args.setting === 'off') return SAME_USER;
  const cannot = (reason: string): Isolation => {
    if (args.setting === 'on') throw new AgentUserError(`agent-user: on: cannot run agents as a separate user: ${reason}; use agent-user: auto or off`);
    args.log(`EvalGate runs agent code as its own user: ${reason} (agent-user: auto).`);
    return SAME_USER;
  };
  if (!args.entry) return cannot('EvalGate is not running from its bundle');
  const launcher = rootLauncher();
  if ('reason' in launcher) return cannot(launcher.reason);
  const helper = startHelper(launcher.argv, args.entry);
  let account: { uid: number; nodePath: string };
  try {
    account = (await helper.call({ op: 'init', user: AGENT_USER, hide: args.hide }).result) as typeof account;
  } catch (error) {
    await helper.close();
    return cannot((error as Error).message);
  }
  args.log(`EvalGate runs agent code as the unprivileged user ${AGENT_USER} (uid ${account.uid}).`);

  const run: RunProcess = async (opts) => {
    const { signal, ...request } = opts;
    const started = performance.now();
    const call = helper.call({ op: 'run', ...request });
    const onAbort = (): void => helper.send({ op: 'cancel', target: call.id });
    try {
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted) onAbort();
      return (await call.result) as ProcessResult;
    } catch (error) {
      return { ending: { kind: 'spawn-error', message: (error as Error).message }, stdout: '', stderrTail: '', wallMs: performance.now() - started };
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  };
  return {
    mode: 'agent-user',
    nodePath: account.nodePath,
    run,
    openTree: async (dir) => {
      await helper.call({ op: 'open', dir }).result;
    },
    close: () => helper.close(),
  };
}
