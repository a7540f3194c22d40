/**
 * The agent-user helper: a small process EvalGate starts as root (directly when it is root, else
 * through `sudo -n` with an empty environment) that runs PR code as the unprivileged agent user.
 * Another user cannot read EvalGate's /proc/<pid>/environ or memory, the runner's processes, or
 * files closed to it, and has no sudo. The helper speaks JSON lines on stdin/stdout:
 *
 *   {"id":1,"op":"init","user":"evalgate-agent","hide":["/runner/temp"]}  → {"id":1,"ok":true,"result":{uid,gid,home,nodePath}}
 *   {"id":2,"op":"open","dir":"/work/repo"}                                → {"id":2,"ok":true}
 *   {"id":3,"op":"run","command":…,"cwd":…,"env":{…},"stdin":…,"timeoutMs":…} → {"id":3,"ok":true,"result":ProcessResult}
 *   {"op":"cancel","target":3}
 *
 * When its stdin closes (EvalGate finished or died) it stops every agent, puts back every file
 * mode it changed and exits.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { runProcess, type ProcessResult } from './run-process.js';

/** Names a system user may have (useradd's default NAME_REGEX, shortened). */
const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;

interface Account {
  name: string;
  uid: number;
  gid: number;
  /** The agent's HOME and TMPDIR: its own, empty, private directory. */
  home: string;
  /** A Node binary the agent user can execute (EvalGate's own, or a copy of it). */
  nodePath: string;
}

type Request =
  | { id: number; op: 'init'; user: string; hide?: string[] }
  | { id: number; op: 'open'; dir: string }
  | { id: number; op: 'run'; command: string; cwd: string; env: Record<string, string>; stdin: string; timeoutMs: number }
  | { op: 'cancel'; target: number };

/** Every directory from the root down to `path`, the root first. */
export function ancestors(path: string): string[] {
  const parts = resolve(path).split(sep).filter(Boolean);
  return ['/', ...parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`)];
}

/** Whether a user who is neither owner nor in the group can search (x) every directory on the way to `path`. */
function othersReach(path: string): boolean {
  return ancestors(dirname(path)).every((dir) => (statSync(dir).mode & 0o001) !== 0);
}

/** The git directory shared by a tree's checkout and worktrees, where `actions/checkout` keeps the auth header. */
export function commonGitDir(tree: string): string | null {
  const dotGit = join(tree, '.git');
  let stat;
  try {
    stat = statSync(dotGit);
  } catch {
    return null;
  }
  if (stat.isDirectory()) return dotGit;
  const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
  if (!m) return null;
  const gitdir = resolve(tree, m[1].trim());
  try {
    return resolve(gitdir, readFileSync(join(gitdir, 'commondir'), 'utf8').trim());
  } catch {
    return gitdir;
  }
}

export async function runAgentHost(): Promise<void> {
  let account: Account | null = null;
  /** Modes to put back at the end, in the order they were changed. */
  const changed: { path: string; mode: number }[] = [];
  const running = new Map<number, { controller: AbortController; done: Promise<void> }>();
  const reply = (message: unknown): void => {
    process.stdout.write(`${JSON.stringify(message)}\n`);
  };
  // EvalGate alone decides when agents stop, and the helper ends when its stdin closes, however
  // EvalGate ends. A Ctrl-C (SIGINT to the terminal's process group) or a signal to the runner's
  // process group reaches the helper too: dying of it would leave agents as the agent user
  // running and skip putting the file modes back. Replies after EvalGate is gone fail with EPIPE,
  // which must not end the cleanup either.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => undefined);
  process.stdout.on('error', () => undefined);

  const setMode = (path: string, mode: number): void => {
    const before = statSync(path).mode & 0o7777;
    if (before === mode) return;
    changed.push({ path, mode: before });
    chmodSync(path, mode);
  };
  const restore = (): void => {
    for (const { path, mode } of changed.reverse()) {
      try {
        chmodSync(path, mode);
      } catch {
        // Removed meanwhile (the base worktree): nothing to put back.
      }
    }
    changed.length = 0;
  };

  const init = (user: string, hide: string[]): Account => {
    if (!USER_NAME.test(user)) throw new Error(`"${user}" is not a valid user name`);
    const id = (flag: string): number => Number(execFileSync('id', [flag, user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    try {
      id('-u');
    } catch {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', user], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    }
    const uid = id('-u');
    const gid = id('-g');
    if (uid === 0 || gid === 0) throw new Error(`user ${user} is root; the agent user must be unprivileged`);
    const home = mkdtempSync(join(tmpdir(), 'evalgate-agent-'));
    chownSync(home, uid, gid);
    chmodSync(home, 0o700);
    let nodePath = process.execPath;
    if (!othersReach(nodePath) || (statSync(nodePath).mode & 0o001) === 0) {
      // The runner's own Node sits under its 0750 home: the agent gets a copy, owned by root.
      const dir = mkdtempSync(join(tmpdir(), 'evalgate-node-'));
      chmodSync(dir, 0o755);
      nodePath = join(dir, 'node');
      copyFileSync(process.execPath, nodePath);
      chmodSync(nodePath, 0o755);
    }
    for (const path of hide) {
      try {
        setMode(path, statSync(path).mode & 0o7700);
      } catch {
        // Not there: nothing to hide.
      }
    }
    return { name: user, uid, gid, home, nodePath };
  };

  /** Lets others search the directories down to `dir` and read `dir`; closes its git directory. */
  const open = (dir: string): void => {
    for (const path of ancestors(dir)) {
      const mode = statSync(path).mode & 0o7777;
      const needed = path === resolve(dir) ? 0o005 : 0o001;
      if ((mode & needed) !== needed) setMode(path, mode | needed);
    }
    const git = commonGitDir(dir);
    if (git) setMode(git, statSync(git).mode & 0o7700);
  };

  const run = async (request: Extract<Request, { op: 'run' }>, signal: AbortSignal): Promise<ProcessResult> => {
    const a = account!;
    const env = { ...request.env, HOME: a.home, TMPDIR: a.home, TMP: a.home, TEMP: a.home, USER: a.name, LOGNAME: a.name };
    return runProcess({
      command: request.command,
      cwd: request.cwd,
      env,
      stdin: request.stdin,
      timeoutMs: request.timeoutMs,
      signal,
      user: { uid: a.uid, gid: a.gid },
    });
  };

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    let request: Request;
    try {
      request = JSON.parse(line) as Request;
    } catch {
      continue;
    }
    if (request.op === 'cancel') {
      running.get(request.target)?.controller.abort();
      continue;
    }
    const { id } = request;
    try {
      if (request.op === 'init') {
        account = init(request.user, request.hide ?? []);
        reply({ id, ok: true, result: { uid: account.uid, gid: account.gid, home: account.home, nodePath: account.nodePath } });
      } else if (request.op === 'open') {
        open(request.dir);
        reply({ id, ok: true });
      } else if (request.op === 'run') {
        if (!account) throw new Error('init first');
        const controller = new AbortController();
        const done = run(request, controller.signal).then(
          (result) => reply({ id, ok: true, result }),
          (error: unknown) => reply({ id, ok: false, error: error instanceof Error ? error.message : String(error) }),
        );
        running.set(id, { controller, done: done.finally(() => running.delete(id)) });
      }
    } catch (error) {
      reply({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  // EvalGate is gone or done: nothing of the agent user's may outlive it.
  for (const { controller } of running.values()) controller.abort();
  await Promise.all([...running.values()].map((r) => r.done));
  restore();
  if (account) {
    rmSync(account.home, { recursive: true, force: true });
    if (account.nodePath !== process.execPath) rmSync(dirname(account.nodePath), { recursive: true, force: true });
  }
}
