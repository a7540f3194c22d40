/**
 * Every process one agent run started, so that all of them are gone before EvalGate reads the
 * run's result or exits (README "Agent processes"). A process group alone is not enough: `setsid`
 * leaves it, and a SIGKILL timer that does not hold the event loop never fires if EvalGate ends
 * first. Two layers, the strongest available:
 *
 * - **PID namespace** (Linux, `unshare` usable: as root, or where unprivileged user namespaces are
 *   allowed): the agent's shell is PID 1 of a fresh namespace and `--kill-child` ties it to
 *   `unshare`, which `setpriv --pdeathsig` ties to EvalGate; when any of them dies the kernel kills
 *   every process in the namespace. Nothing the agent does (setsid, double fork, a cleared
 *   environment) escapes it.
 * - **Sweep** (always on Linux): the run's process group, every process whose environment carries
 *   the run's marker (inherited across setsid and fork), and their descendants by parent pid (with
 *   start times, so a reused pid is not mistaken for a child) are signalled until none is left.
 *   A process that both clears its environment and is re-parented before a sweep can outlive it;
 *   only the namespace closes that gap.
 *
 * Elsewhere (macOS) only the process group is stopped.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Set in every agent's environment; its value is unique to one run. */
export const AGENT_MARKER_ENV = 'EVALGATE_AGENT_RUN';

/** How long leftover processes get between SIGTERM and SIGKILL. */
export const KILL_GRACE_MS = 2_000;

const POLL_MS = 25;
/** A fork loop cannot keep a sweep going for ever: after this many rounds EvalGate gives up on it. */
const MAX_KILL_ROUNDS = 200;

export type Containment = { kind: 'pid-namespace'; argv: string[] } | { kind: 'process-group' };

/** New PID namespace whose PID 1 dies with `unshare`, taking every process in it along. */
const UNSHARE_PID = ['unshare', '--pid', '--fork', '--kill-child'];
/** Kills `unshare` when EvalGate dies, even by SIGKILL (when no exit hook can run). */
const DIE_WITH_EVALGATE = ['setpriv', '--pdeathsig', 'KILL', '--'];

let probed: Containment | null = null;

/**
 * The strongest containment this machine allows, probed once: a new PID namespace as root, else
 * inside a user namespace (unprivileged, where the kernel allows it) mapping the user to itself
 * (so agents do not run as a fake root), or to root where util-linux is too old for that.
 */
export function containment(): Containment {
  if (probed) return probed;
  probed = { kind: 'process-group' };
  if (process.platform !== 'linux') return probed;
  const namespaces = [UNSHARE_PID, [...UNSHARE_PID, '--user', '--map-current-user'], [...UNSHARE_PID, '--user', '--map-root-user']];
  for (const unshare of namespaces) {
    for (const argv of [[...DIE_WITH_EVALGATE, ...unshare], unshare]) {
      const probe = spawnSync(argv[0], [...argv.slice(1), '--', '/bin/sh', '-c', 'exit 0'], { stdio: 'ignore', timeout: 5_000 });
      if (probe.status === 0) {
        probed = { kind: 'pid-namespace', argv };
        return probed;
      }
    }
  }
  return probed;
}

/** PATH of the root processes that start an agent as the agent user: fixed, never the agent's. */
const ROOT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** The agent's variables cross the root processes under these inert names (`<prefix>N` = `NAME=value`). */
const CARRIED_ENV = 'EVALGATE_AGENT_ENV_';

/**
 * The root PID 1 for the agent user (/bin/sh -c, $1 = the command): turns the carried variables
 * back into arguments without re-parsing them (only the digits of i are evaluated), starts the
 * command as the agent user with exactly those variables, and waits for it.
 */
const agentUserInit = (user: { uid: number; gid: number }): string =>
  [
    'c=$1; i=0; set --',
    'while eval "[ -n \\"\\${' + CARRIED_ENV + '$i+x}\\" ]"; do eval "set -- \\"\\$@\\" \\"\\$' + CARRIED_ENV + '$i\\""; i=$((i + 1)); done',
    // Not the last command, so the shell forks it instead of exec'ing (and stays PID 1).
    `setpriv --reuid=${user.uid} --regid=${user.gid} --clear-groups -- env -i "$@" /bin/sh -c "$c"; exit $?`,
  ].join('\n');

/**
 * How to start `command` under the containment: the file, arguments and environment for spawn,
 * and the user spawn must start it as. Run as another user (the root helper's agent user), the
 * namespace is made with EvalGate's privileges and the command drops to that user inside it:
 * unshare as the agent user would need a user namespace, which the probe found for EvalGate, not
 * for it. Two rules for the root processes on the way (README, Agent processes):
 *
 * - They never run with the agent's environment, which the suite writes (`target.command.env`):
 *   a PATH or LD_PRELOAD from the pull request would run its code as root. They get ROOT_PATH and
 *   the agent's variables under inert names; the agent gets exactly its own.
 * - PID 1 of the namespace stays a root shell that only waits for the agent: `--kill-child` ties
 *   PID 1 to `unshare` with a parent-death signal, which a uid change clears and which any process
 *   may clear on itself (`prctl`, `setpriv --pdeathsig clear`), so PID 1 must be a process the
 *   agent user cannot touch. When it dies the kernel kills the whole namespace.
 */
export function containedCommand(
  command: string,
  how: Containment,
  env: Record<string, string>,
  user?: { uid: number; gid: number },
): { file: string; args: string[]; env: Record<string, string>; spawnAs: { uid: number; gid: number } | undefined } {
  if (how.kind !== 'pid-namespace') return { file: '/bin/sh', args: ['-c', command], env, spawnAs: user };
  if (!user) return { file: how.argv[0], args: [...how.argv.slice(1), '--', '/bin/sh', '-c', command], env, spawnAs: undefined };
  const carried = Object.fromEntries(Object.entries(env).map(([name, value], i) => [`${CARRIED_ENV}${i}`, `${name}=${value}`]));
  // The marker stays under its own name too: the sweep finds the root processes by it as well.
  const marker: Record<string, string> = env[AGENT_MARKER_ENV] === undefined ? {} : { [AGENT_MARKER_ENV]: env[AGENT_MARKER_ENV] };
  return {
    file: how.argv[0],
    args: [...how.argv.slice(1), '--', '/bin/sh', '-c', agentUserInit(user), 'evalgate-init', command],
    env: { PATH: ROOT_PATH, ...marker, ...carried },
    spawnAs: undefined,
  };
}

interface ProcInfo {
  pid: number;
  ppid: number;
  pgrp: number;
  /** Clock ticks since boot. */
  start: number;
}

/** Fields of /proc/PID/stat; null for a zombie (already dead, waiting for its parent) or garbage. Pure. */
export function parseProcStat(text: string): ProcInfo | null {
  const close = text.lastIndexOf(')');
  const pid = Number.parseInt(text, 10);
  if (close < 0 || !Number.isInteger(pid)) return null;
  // After "pid (comm)": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
  // utime stime cutime cstime priority nice num_threads itrealvalue starttime ...
  const fields = text.slice(close + 2).split(' ');
  if (fields[0] === 'Z' || fields.length < 20) return null;
  return { pid, ppid: Number(fields[1]), pgrp: Number(fields[2]), start: Number(fields[19]) };
}

function readProc(pid: string, file: string): Buffer | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`);
  } catch {
    // Gone meanwhile, or another user's process (never ours to stop).
    return null;
  }
}

/** The live processes of one run: its group, carriers of its marker, and their descendants. */
function members(pgid: number, marker: Buffer): number[] {
  if (process.platform !== 'linux') return [];
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  const all: ProcInfo[] = [];
  const found = new Map<number, ProcInfo>();
  for (const entry of entries) {
    const stat = readProc(entry, 'stat');
    const info = stat && parseProcStat(stat.toString('utf8'));
    if (!info || info.pid === process.pid) continue;
    all.push(info);
    if (info.pgrp === pgid || readProc(entry, 'environ')?.includes(marker)) found.set(info.pid, info);
  }
  // Descendants of members that left both the group and the marker behind.
  for (let grew = true; grew;) {
    grew = false;
    for (const info of all) {
      const parent = found.get(info.ppid);
      if (!found.has(info.pid) && parent && info.start >= parent.start) {
        found.set(info.pid, info);
        grew = true;
      }
    }
  }
  return [...found.keys()];
}

function send(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // ESRCH: already gone.
  }
}

/** The processes of one agent run. Tracked until `stopAll` ends, and killed if EvalGate exits first. */
export class AgentProcesses {
  private readonly markerBytes: Buffer;
  private done = false;

  /** `pgid`: the group the agent was started in; `marker`: the value of AGENT_MARKER_ENV it was given. */
  constructor(
    private readonly pgid: number,
    marker: string,
  ) {
    this.markerBytes = Buffer.from(`${AGENT_MARKER_ENV}=${marker}\0`);
    live.add(this);
    installExitHook();
  }

  /** Sends `signal` to the whole group and every other member found. */
  signal(signal: NodeJS.Signals): number {
    send(-this.pgid, signal);
    const pids = members(this.pgid, this.markerBytes);
    for (const pid of pids) send(pid, signal);
    return pids.length;
  }

  /** SIGTERM to whatever is left, up to KILL_GRACE_MS to go, then SIGKILL until nothing is. */
  async stopAll(): Promise<void> {
    try {
      // One /proc sweep when the agent left nothing behind (the common case).
      if (this.signal('SIGTERM') === 0) return;
      for (let waited = 0; waited < KILL_GRACE_MS && members(this.pgid, this.markerBytes).length > 0; waited += POLL_MS) await sleep(POLL_MS);
      for (let round = 0; round < MAX_KILL_ROUNDS && this.signal('SIGKILL') > 0; round++) await sleep(POLL_MS);
    } finally {
      this.done = true;
      live.delete(this);
    }
  }

  /** Synchronous last resort when EvalGate exits with the run still going. */
  killNow(): void {
    if (this.done) return;
    for (let round = 0; round < 5 && this.signal('SIGKILL') > 0; round++);
  }
}

const live = new Set<AgentProcesses>();
let hooked = false;

function installExitHook(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const run of live) run.killNow();
  });
}
