import { z } from 'zod';
import type { CheckSpec } from '../config/schema.js';
import { runNodeChild } from '../isolation/node-child.js';
import { SAME_USER } from '../isolation/processes.js';
import { baseAgentEnv } from '../targets/env.js';
import type { CheckInput, JavascriptRunner } from './types.js';
import { type CheckOutcome, oneLine, resolveUnderRoot, truncate } from './text.js';

export type JavascriptValue = NonNullable<CheckSpec['javascript']>;

/** A custom check that never settles would stall the whole run; this bounds it. */
export const JAVASCRIPT_CHECK_TIMEOUT_MS = 60_000;

/** What a custom check may return besides a boolean. */
const JsVerdict = z.object({
  pass: z.boolean(),
  score: z.number().min(0).max(1).optional(),
  reason: z.string().optional(),
});

/** The argument a custom check receives (documented for users in the README). */
export interface JavascriptCheckArgs {
  output: string;
  input: Record<string, unknown>;
  expected: unknown;
  trace: Pick<CheckInput, 'steps' | 'usage' | 'costUsd' | 'latencyMs'>;
}

function target(value: JavascriptValue): { path: string; exportName: string } {
  return typeof value === 'string' ? { path: value, exportName: 'default' } : { path: value.path, exportName: value.export ?? 'default' };
}

export function javascriptLabel(value: JavascriptValue): string {
  const { path, exportName } = target(value);
  return exportName === 'default' ? path : `${path}#${exportName}`;
}

/**
 * Runs the user's module (a path under the repository root) in a Node child process — PR code never
 * runs in EvalGate's process — and calls its export with `{output, input, expected, trace}`. It
 * returns a boolean or `{pass, score?, reason?}`; a throw becomes an error with the module's
 * message, which `runChecks` turns into a failing check.
 */
export async function checkJavascript(
  value: JavascriptValue,
  input: CheckInput,
  root: string,
  signal?: AbortSignal,
  runner: JavascriptRunner = { isolation: SAME_USER, env: process.env },
): Promise<CheckOutcome> {
  const { path, exportName } = target(value);
  const absolute = await resolveUnderRoot(root, path, 'javascript');
  const args: JavascriptCheckArgs = {
    output: input.output,
    input: input.case.input,
    expected: input.case.expected,
    trace: { steps: input.steps, usage: input.usage, costUsd: input.costUsd, latencyMs: input.latencyMs },
  };
  const { outcome } = await runNodeChild(runner.isolation, {
    file: absolute,
    exportName,
    mode: 'check',
    args,
    cwd: root,
    env: baseAgentEnv(runner.env, undefined),
    timeoutMs: JAVASCRIPT_CHECK_TIMEOUT_MS,
    signal,
  });
  if (signal?.aborted) throw signal.reason ?? new Error('aborted');
  const label = javascriptLabel(value);
  let returned: unknown;
  switch (outcome.kind) {
    case 'returned':
      returned = outcome.value;
      break;
    case 'import-error':
      throw new Error(`cannot load ${path}: ${outcome.message}`);
    case 'exports':
      throw new Error(`${path} has no function export "${exportName}" (found ${outcome.found})`);
    case 'threw':
      throw new Error(`${label} threw: ${outcome.message}`);
    case 'timeout':
      throw new Error(`${label} did not finish within ${JAVASCRIPT_CHECK_TIMEOUT_MS / 1000}s`);
    case 'unserializable':
      throw new Error(`${label} returned a value that is not JSON (${outcome.message}); expected a boolean or {pass, score?, reason?}`);
    case 'ended': {
      const { ending } = outcome;
      if (ending.kind === 'timeout') throw new Error(`${label} did not finish within ${JAVASCRIPT_CHECK_TIMEOUT_MS / 1000}s`);
      const last = outcome.stderrTail.trim().split('\n').at(-1);
      const how = ending.kind === 'exit' ? (ending.signal ? `was killed by ${ending.signal}` : `exited with code ${ending.code}`) : ending.kind;
      throw new Error(`${label}: its process ${how} before returning a result${last ? ` (${truncate(oneLine(last), 120)})` : ''}`);
    }
  }
  if (typeof returned === 'boolean') {
    return { pass: returned, score: returned ? 1 : 0, reason: `${javascriptLabel(value)} returned ${returned}` };
  }
  const verdict = JsVerdict.safeParse(returned);
  if (!verdict.success) {
    const shown = truncate(oneLine(JSON.stringify(returned) ?? String(returned)), 60);
    throw new Error(`${javascriptLabel(value)} returned ${shown}; expected a boolean or {pass, score?, reason?} with score in 0..1`);
  }
  const { pass, reason } = verdict.data;
  const score = verdict.data.score ?? (pass ? 1 : 0);
  return { pass, score, reason: reason ? truncate(oneLine(reason), 200) : `${javascriptLabel(value)} returned pass: ${pass}` };
}
