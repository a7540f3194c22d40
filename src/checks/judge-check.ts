import { DEFAULT_JUDGE_RUBRIC, DEFAULT_JUDGE_THRESHOLD, judgeCheckEndpoint } from '../config/suite.js';
import type { CheckSpec } from '../config/schema.js';
import { judgeOutput } from '../judge/judge.js';
import { LlmError } from '../llm/llm.js';
import type { CheckInput, CheckEnv } from './types.js';
import { type CheckOutcome, oneLine, truncate } from './text.js';

export type JudgeValue = NonNullable<CheckSpec['judge']>;

/** The judge's reasoning shown as a check reason; the full text stays in `judge.reasoning`. */
const REASON_CHARS = 200;

/**
 * The settings one judge check runs with: its own, then the suite's `judge:`, then defaults. The
 * rubrics combine rather than replace: a suite rubric usually holds what every answer must do
 * (tone, policy), a check's rubric what this case's answer must do, and a user who wrote both means
 * both. So a check with its own rubric gets the suite's as general criteria before it.
 */
export function judgeSettings(
  value: JudgeValue,
  suite: CheckEnv['judge'],
): { rubric: string; generalRubric: string | null; model: string | null; threshold: number; temperature: number; endpoint: string | null } {
  const own = typeof value === 'string' ? { rubric: value } : value;
  return {
    rubric: own.rubric ?? suite?.rubric ?? DEFAULT_JUDGE_RUBRIC,
    generalRubric: own.rubric !== undefined ? (suite?.rubric ?? null) : null,
    model: ('model' in own ? own.model : undefined) ?? suite?.model ?? null,
    threshold: ('threshold' in own ? own.threshold : undefined) ?? suite?.threshold ?? DEFAULT_JUDGE_THRESHOLD,
    temperature: suite?.temperature ?? 0,
    endpoint: judgeCheckEndpoint(value, suite),
  };
}

/**
 * Grades the output with the judge model. Errors of the judge call itself (provider down, rate
 * limit after retries, an answer that does not match the schema, no model client) are thrown as
 * `LlmError` and not turned into a failing check: the executor then marks the trial `error`, so
 * an infrastructure failure is never reported as a regression.
 */
export async function checkJudge(value: JudgeValue, input: CheckInput, env: CheckEnv, signal?: AbortSignal): Promise<CheckOutcome> {
  const settings = judgeSettings(value, env.judge);
  if (settings.model === null) {
    throw new Error('judge check has no model: set `judge.model` in the suite or `model` in the check');
  }
  if (env.llm === null) {
    throw new LlmError('other', 'judge checks need a model client, but none is configured (is the API key set?)');
  }
  const verdict = await judgeOutput({
    llm: env.llm,
    model: settings.model,
    endpoint: settings.endpoint,
    rubric: settings.rubric,
    generalRubric: settings.generalRubric,
    threshold: settings.threshold,
    temperature: settings.temperature,
    input: input.case.input,
    expected: input.case.expected,
    output: input.output,
    trial: input.trial,
    signal,
    pricing: env.pricing,
  });
  return {
    pass: verdict.pass,
    score: verdict.score,
    reason: truncate(oneLine(verdict.reasoning), REASON_CHARS) || `score ${verdict.score}`,
    judge: verdict.detail,
  };
}

/**
 * What `validate` says when the suite's rubric and checks' own rubrics meet (they combine, see
 * `judgeSettings`); null when they do not.
 */
export function rubricNote(suite: { judge: { rubric: string | null } | null; cases: readonly { id: string; checks: readonly CheckSpec[] }[] }): string | null {
  if (!suite.judge?.rubric) return null;
  const cases = suite.cases.filter((c) => c.checks.some((k) => k.judge !== undefined && (typeof k.judge === 'string' || k.judge.rubric !== undefined)));
  if (cases.length === 0) return null;
  const names =
    cases
      .slice(0, 3)
      .map((c) => c.id)
      .join(', ') + (cases.length > 3 ? ` and ${cases.length - 3} more` : '');
  return `${cases.length} case${cases.length === 1 ? ' has judge checks' : 's have judge checks'} with their own rubric (${names}): the judge gets judge.rubric as general criteria first, then the check's rubric, and grades by both`;
}
