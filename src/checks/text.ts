import type { CheckResult } from '../results/schema.js';
import { nestingProblem } from '../util/nesting.js';
import { resolveInRepo } from '../util/repo-path.js';

/** What a single check computes; `runChecks` adds `kind` and `label`. */
export type CheckOutcome = Omit<CheckResult, 'kind' | 'label'>;

/** Longest quoted snippet of user or model text inside a reason, so a reason stays one line. */
const SNIPPET_CHARS = 60;

/** Collapses whitespace (newlines included) so text fits on one line of a PR comment. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** `"text"`, on one line and shortened. */
export function quote(text: string, max: number = SNIPPET_CHARS): string {
  return `"${truncate(oneLine(text), max)}"`;
}

export function pass(reason: string, score = 1): CheckOutcome {
  return { pass: true, score, reason };
}

export function fail(reason: string, score = 0): CheckOutcome {
  return { pass: false, score, reason };
}

/** A wrapper like ```json … ``` (or a bare ``` fence) around the whole output, as chat models often add. */
const JSON_FENCE = /^\s*```(?:json|JSON)?[ \t]*\r?\n([\s\S]*?)\r?\n?```\s*$/;

export type ParsedJson = { ok: true; value: unknown; fenced: boolean } | { ok: false; error: string };

/** Parses the output as JSON, accepting it wrapped in a ```json fence. */
export function parseJsonOutput(output: string): ParsedJson {
  const fence = JSON_FENCE.exec(output);
  const text = fence ? fence[1] : output;
  try {
    const value: unknown = JSON.parse(text);
    const tooDeep = nestingProblem(value, 'the JSON');
    if (tooDeep) return { ok: false, error: tooDeep };
    return { ok: true, value, fenced: fence !== null };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Resolves a path from the suite file against the repository root, refusing paths (and symlinks)
 * that leave it: a check must only read files of the evaluated repository. A missing file
 * resolves to where it would be, so the caller's read reports it.
 */
export async function resolveUnderRoot(root: string, path: string, what: string): Promise<string> {
  const found = await resolveInRepo(root, path);
  if (found.kind === 'escapes') throw new Error(`${what} path "${path}" is outside the repository root; use a path inside the repository`);
  if (found.kind === 'links-out') throw new Error(`${what} path "${path}" is a symlink to a file outside the repository`);
  return found.kind === 'inside' ? found.real : found.abs;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
