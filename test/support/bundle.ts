// Runs the CLI as users do, `node dist/index.js <args>` in a child process: the end-to-end path for
// what an in-process run cannot show (a hung event loop, signals, processes left behind).
import { spawn, type ChildProcess } from 'node:child_process';
import { ACTION_BUNDLE } from './action-runner.js';

export interface BundleRun {
  /** Exit code; null when the process was killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the run did not end by itself within `killAfterMs` and was killed. */
  hung: boolean;
}

export interface StartedBundle {
  child: ChildProcess;
  done: Promise<BundleRun>;
}

/**
 * Starts `evalgate <args>` in `cwd` with `env` as its whole environment; kills it after `killAfterMs`.
 * `ownGroup`: in a process group of its own (pid = pgid), as a shell starts a foreground job, so a
 * test can signal the group as a terminal's Ctrl-C does.
 */
export function startBundle(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; killAfterMs: number; ownGroup?: boolean }): StartedBundle {
  const child = spawn(process.execPath, [ACTION_BUNDLE, ...args], {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: opts.ownGroup ?? false,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, opts.killAfterMs);
  const done = new Promise<BundleRun>((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, hung });
    });
  });
  return { child, done };
}

/** Runs `evalgate <args>` to the end (see startBundle). */
export function runBundle(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; killAfterMs: number }): Promise<BundleRun> {
  return startBundle(args, opts).done;
}

/** The environment a developer's shell would give the CLI: PATH and HOME, plus `extra`. */
export function cliEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
}
