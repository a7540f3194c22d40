import type { CheckKind, CheckSpec } from '../config/schema.js';
import type { CheckResult } from '../results/schema.js';
import { LlmError } from '../llm/llm.js';
import { checkIsJson, checkJsonSchema } from './json.js';
import { checkJavascript } from './javascript.js';
import { checkJudge } from './judge-check.js';
import { checkKinds, checkLabel } from './label.js';
import { checkMaxCost, checkMaxLatency, checkMaxSteps, checkMaxTokens } from './limits.js';
import {
  type ContainsValue,
  type RegexValue,
  checkContains,
  checkEquals,
  checkMaxLength,
  checkNotContains,
  checkNotRegex,
  checkRegex,
  checkStartsWith,
} from './string.js';
import { type CheckOutcome, errorMessage, oneLine, truncate } from './text.js';
import { checkTools } from './tools.js';
import type { CheckEnv, CheckInput } from './types.js';

export { checkLabel };

/** A check error's message in a reason is cut so the reason stays one line of the comment. */
const ERROR_REASON_CHARS = 300;

async function evaluate(kind: CheckKind, spec: CheckSpec, input: CheckInput, env: CheckEnv, signal: AbortSignal | undefined): Promise<CheckOutcome> {
  const text = { ignoreCase: spec['ignore-case'] === true };
  const { output } = input;
  switch (kind) {
    case 'equals':
      return checkEquals(output, spec.equals as string, text);
    case 'contains':
      return checkContains(output, spec.contains as ContainsValue, text);
    case 'not-contains':
      return checkNotContains(output, spec['not-contains'] as ContainsValue, text);
    case 'regex':
      return checkRegex(output, spec.regex as RegexValue, text);
    case 'not-regex':
      return checkNotRegex(output, spec['not-regex'] as RegexValue, text);
    case 'starts-with':
      return checkStartsWith(output, spec['starts-with'] as string, text);
    case 'is-json':
      return checkIsJson(output, spec['is-json'] !== false);
    case 'json-schema':
      return checkJsonSchema(output, spec['json-schema'] as Record<string, unknown>, env.root);
    case 'max-length':
      return checkMaxLength(output, spec['max-length'] as number);
    case 'max-latency':
      return checkMaxLatency(input.latencyMs, spec['max-latency'] as number | string);
    case 'max-cost':
      return checkMaxCost(input.costUsd, spec['max-cost'] as number);
    case 'max-tokens':
      return checkMaxTokens(input.usage, spec['max-tokens'] as number);
    case 'max-steps':
      return checkMaxSteps(input.steps, spec['max-steps'] as number);
    case 'tools':
      return checkTools(input.steps, spec.tools as NonNullable<CheckSpec['tools']>);
    case 'javascript':
      return checkJavascript(spec.javascript as NonNullable<CheckSpec['javascript']>, input, env.root, signal, env.javascript);
    case 'judge':
      return checkJudge(spec.judge as NonNullable<CheckSpec['judge']>, input, env, signal);
  }
}

/**
 * Runs one check. A check that throws becomes a failing result ("check error: …") so one bad
 * check never crashes the run — except judge-call failures (`LlmError`) and cancellation, which
 * propagate so the executor records the trial as an infrastructure `error`, not a failing case.
 */
export async function runCheck(spec: CheckSpec, input: CheckInput, env: CheckEnv, signal?: AbortSignal): Promise<CheckResult> {
  const kinds = checkKinds(spec);
  const label = checkLabel(spec);
  const kind = kinds.length === 1 ? kinds[0] : 'invalid';
  try {
    if (kinds.length !== 1) {
      throw new Error(
        kinds.length === 0 ? 'the check names no check key' : `the check has ${kinds.length} check keys (${kinds.join(', ')}); use one per check`,
      );
    }
    const outcome = await evaluate(kinds[0], spec, input, env, signal);
    return { kind, label, ...outcome };
  } catch (error) {
    if (error instanceof LlmError || signal?.aborted) throw error;
    return { kind, label, pass: false, score: 0, reason: truncate(`check error: ${oneLine(errorMessage(error))}`, ERROR_REASON_CHARS) };
  }
}

/** Runs a case's checks (concurrently, so judge calls overlap) and returns results in spec order. */
export async function runChecks(specs: CheckSpec[], input: CheckInput, env: CheckEnv, options: { signal?: AbortSignal } = {}): Promise<CheckResult[]> {
  return Promise.all(specs.map((spec) => runCheck(spec, input, env, options.signal)));
}
