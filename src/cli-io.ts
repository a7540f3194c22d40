import type { ParseArgsConfig } from 'node:util';

/*
 * What the CLI's shell (cli.ts) and its commands (cli-commands.ts) share: exit codes, the I/O the
 * commands write to, and the options they read. Its own module, so neither imports the other.
 */

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** `run`: some case failed; `compare`: the verdict is fail (or inconclusive with on-inconclusive: fail). */
  failed: 1,
  /** Usage or suite-file error. */
  usage: 2,
  /** The evaluation could not be trusted: too many infrastructure errors, or an unexpected failure. */
  error: 3,
} as const;

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Cancels a running evaluation (the shell aborts it on SIGINT/SIGTERM). */
  signal?: AbortSignal;
  /** The bundle this CLI runs from (dist/index.js), which `--agent-user` starts its root helper from. */
  entry?: string;
}

export const OPTIONS = {
  // Several --config values (or a glob) evaluate several suites in one run.
  config: { type: 'string', multiple: true },
  sample: { type: 'string' },
  trials: { type: 'string' },
  seed: { type: 'string' },
  'max-concurrency': { type: 'string' },
  'max-cost': { type: 'string' },
  timeout: { type: 'string' },
  out: { type: 'string' },
  cache: { type: 'string' },
  replay: { type: 'boolean' },
  'openai-base-url': { type: 'string' },
  'agent-user': { type: 'string' },
  'base-ref': { type: 'string' },
  'head-ref': { type: 'string' },
  baseline: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  results: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  color: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export type CliValues = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
};
