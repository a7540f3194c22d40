import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { CheckSpec } from '../config/schema.js';
import type { CheckInput } from './types.js';
import { type CheckOutcome, errorMessage, oneLine, resolveUnderRoot, truncate } from './text.js';

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
  return typeof value === 'string'
    ? { path: value, exportName: 'default' }
    : { path: value.path, exportName: value.export ?? 'default' };
}

export function javascriptLabel(value: JavascriptValue): string {
  const { path, exportName } = target(value);
  return exportName === 'default' ? path : `${path}#${exportName}`;
}

function withDeadline<T>(work: Promise<T>, what: string, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what} did not finish within ${JAVASCRIPT_CHECK_TIMEOUT_MS / 1000}s`)),
      JAVASCRIPT_CHECK_TIMEOUT_MS,
    );
    const onAbort = (): void => reject(signal?.reason ?? new Error('aborted'));
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * Imports the user's module (a path under the repository root) and calls its export with
 * `{output, input, expected, trace}`. It returns a boolean or `{pass, score?, reason?}`; a throw
 * becomes an error with the module's message, which `runChecks` turns into a failing check.
 */
export async function checkJavascript(
  value: JavascriptValue,
  input: CheckInput,
  root: string,
  signal?: AbortSignal,
): Promise<CheckOutcome> {
  const { path, exportName } = target(value);
  const absolute = resolveUnderRoot(root, path, 'javascript');
  const module = (await import(pathToFileURL(absolute).href).catch((error: unknown) => {
    throw new Error(`cannot load ${path}: ${errorMessage(error)}`, { cause: error });
  })) as Record<string, unknown>;
  const fn = module[exportName];
  if (typeof fn !== 'function') {
    throw new Error(`${path} has no function export "${exportName}" (found ${typeof fn})`);
  }
  const args: JavascriptCheckArgs = {
    output: input.output,
    input: input.case.input,
    expected: input.case.expected,
    trace: { steps: input.steps, usage: input.usage, costUsd: input.costUsd, latencyMs: input.latencyMs },
  };
  let returned: unknown;
  try {
    // Promise.resolve().then() so a synchronous throw is caught like a rejection.
    returned = await withDeadline(
      Promise.resolve().then(() => (fn as (a: JavascriptCheckArgs) => unknown)(args)),
      javascriptLabel(value),
      signal,
    );
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(`${javascriptLabel(value)} threw: ${errorMessage(error)}`, { cause: error });
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
