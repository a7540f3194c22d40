import type { Redactor } from '../report/redact.js';
import type { CaseResult, CheckResult, Step, TrialResult } from './schema.js';

/** Every string inside free-form data (agent step inputs, case inputs), keys left as written. */
function redactValue(value: unknown, redact: Redactor): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redact)]));
  }
  return value;
}

function redactStep(step: Step, redact: Redactor): Step {
  return {
    ...step,
    name: redact(step.name),
    ...(step.input !== undefined && { input: redactValue(step.input, redact) }),
    ...(step.output !== undefined && { output: redactValue(step.output, redact) }),
    ...(step.error !== undefined && { error: redact(step.error) }),
  };
}

function redactCheck(check: CheckResult, redact: Redactor): CheckResult {
  return {
    ...check,
    label: redact(check.label),
    reason: redact(check.reason),
    ...(check.judge && { judge: { ...check.judge, reasoning: redact(check.judge.reasoning) } }),
    ...(check.violations && {
      violations: check.violations.map((v) => ({ ...v, name: redact(v.name), ...(v.input !== undefined && { input: redactValue(v.input, redact) }) })),
    }),
  };
}

/**
 * A trial result with secrets redacted from every text that came from outside EvalGate (output,
 * steps, check reasons, judge reasoning, error message and stderr). Results files and the JSONL
 * written while running are artifacts (SPEC §5 Secrets); enums, ids and numbers are left alone
 * so a broad `redact` pattern cannot corrupt the file's structure.
 */
export function redactTrial(trial: TrialResult, redact: Redactor): TrialResult {
  return {
    ...trial,
    output: trial.output === null ? null : redact(trial.output),
    steps: trial.steps.map((s) => redactStep(s, redact)),
    checks: trial.checks.map((c) => redactCheck(c, redact)),
    ...(trial.error && {
      error: { ...trial.error, message: redact(trial.error.message), ...(trial.error.stderr !== undefined && { stderr: redact(trial.error.stderr) }) },
    }),
  };
}

/** A case result with its input and expected answer redacted (its trials are redacted as they finish). */
export function redactCaseData(result: CaseResult, redact: Redactor): CaseResult {
  return {
    ...result,
    input: redactValue(result.input, redact) as CaseResult['input'],
    ...(result.expected !== undefined && { expected: redactValue(result.expected, redact) }),
  };
}
