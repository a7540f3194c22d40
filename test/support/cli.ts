// Small helpers shared by the CLI and hardening tests: the CLI in-process with captured streams, and what
// a stack trace looks like to a user reading the terminal.
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `evalgate <args>` in-process in `cwd`, with `env` as its whole environment. */
export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(args, { stdout, stderr, env, cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A stack frame line (`    at f (file.ts:12:3)`) or a source position in our code (`x.ts:12`, `index.js:3`). */
export const STACK_TRACE = /^\s+at\s|\.(?:[cm]?[jt]s):\d+/m;
