import type { CheckSpec } from '../config/schema.js';
import type { CheckResult, Step } from '../results/schema.js';
import { type CheckOutcome, oneLine, truncate } from './text.js';

export type ToolsValue = NonNullable<CheckSpec['tools']>;
type Violation = NonNullable<CheckResult['violations']>[number];

/** Longest rendering of a call's arguments inside a one-line reason; the full arguments are in `violations`. */
const ARGS_IN_REASON = 80;

/** A reason stays one readable line even when an agent makes many forbidden calls. */
const REASON_CHARS = 300;

function renderCall(call: Violation): string {
  if (call.input === undefined) return call.name;
  const args = typeof call.input === 'string' ? call.input : JSON.stringify(call.input);
  return `${call.name}(${truncate(oneLine(args ?? ''), ARGS_IN_REASON)})`;
}

/**
 * Tool calls are steps of type `tool`. `must-call` names tools that must be called at least once;
 * `must-not-call` and anything outside `allowed` are permission violations, reported with the
 * call's arguments.
 */
export function checkTools(steps: Step[], value: ToolsValue): CheckOutcome {
  const calls: Violation[] = steps
    .filter((step) => step.type === 'tool')
    .map((step) => (step.input === undefined ? { name: step.name } : { name: step.name, input: step.input }));
  const called = new Set(calls.map((call) => call.name));
  const forbidden = new Set(value['must-not-call'] ?? []);
  const allowed = value.allowed ? new Set(value.allowed) : null;

  const problems: string[] = [];
  const violations: Violation[] = [];
  for (const call of calls) {
    if (forbidden.has(call.name)) {
      violations.push(call);
      problems.push(`called ${renderCall(call)}, which must not be called`);
    } else if (allowed && !allowed.has(call.name)) {
      violations.push(call);
      problems.push(`called ${renderCall(call)}, which is not allowed`);
    }
  }
  const missing = (value['must-call'] ?? []).filter((name) => !called.has(name));
  if (missing.length > 0) problems.unshift(`did not call ${missing.join(', ')}`);

  const withViolations = violations.length > 0 ? { violations } : {};
  if (problems.length === 0) {
    const n = calls.length;
    return { pass: true, score: 1, reason: `${n} tool ${n === 1 ? 'call' : 'calls'}, all permitted` };
  }
  return { pass: false, score: 0, reason: truncate(problems.join('; '), REASON_CHARS), ...withViolations };
}
