import type { CaseComparison, Comparison, Verdict } from '../compare/types.js';
import type { CaseResult, RunResults, TrialResult } from '../results/schema.js';
import type { Redactor } from './redact.js';

/*
 * JUnit XML for test reporters (dorny/test-reporter, mikepenz/action-junit-report, GitLab, Jenkins):
 * one <testsuite> per evaluation, one <testcase> per case. Pure: results in, XML text out; the shell
 * writes it to <results-dir>/evalgate-junit.xml.
 */

export const JUNIT_FILE = 'evalgate-junit.xml';

/** A failure's body lists at most this many check reasons: a reporter shows it inline. */
const MAX_REASONS = 20;
/** One check reason or message at most this long: outputs quoted in reasons can be huge. */
const MAX_LINE = 500;

type Outcome = { kind: 'passed' } | { kind: 'failure' | 'error'; message: string; body: string } | { kind: 'skipped'; message: string };

interface TestCase {
  name: string;
  classname: string;
  /** Seconds. */
  time: number;
  outcome: Outcome;
}

interface TestSuite {
  name: string;
  properties: [string, string][];
  cases: TestCase[];
}

export interface JUnitOptions {
  redact: Redactor;
  /** Every case id of the suite, when known: cases outside the sample are listed as skipped. */
  allCaseIds?: readonly string[];
}

/** `evalgate run` and the action's baseline mode: one evaluation. */
export function junitForRun(results: RunResults, options: JUnitOptions): string {
  const { meta } = results;
  const evaluated = new Set(results.cases.map((c) => c.id));
  const cases: TestCase[] = results.cases.map((c) => ({
    name: c.id,
    classname: meta.suiteName,
    time: seconds(c),
    outcome: runOutcome(c),
  }));
  cases.push(
    ...notRun(
      meta.sampleIds,
      evaluated,
      options.allCaseIds,
      notEvaluatedReason(meta.cut?.reason ?? null, null),
      sampleWords(meta.sampleIds.length, meta.totalCases, meta.seed),
    ),
  );
  return render(
    [
      {
        name: meta.suiteName,
        properties: [
          ['side', meta.side],
          ['commit', meta.commit ?? ''],
          ['seed', String(meta.seed)],
          ['trials', String(meta.trials)],
        ],
        cases,
      },
    ],
    options.redact,
  );
}

/** `evalgate compare` and the action's gate: head's cases, failing where they fail at head. */
export function junitForComparison(input: { comparison: Comparison; verdict: Verdict; decision: string }, options: JUnitOptions): string {
  const { comparison: c, verdict } = input;
  const mustPass = new Set(verdict.gates.mustPass);
  const permissions = new Set(verdict.gates.permissions);
  const evaluated = new Set(c.cases.map((k) => k.id));
  const cases: TestCase[] = c.cases.map((k) => ({
    name: k.id,
    classname: c.suiteName,
    time: seconds(k.head),
    outcome: comparedOutcome(k, { mustPass: mustPass.has(k.id), permission: permissions.has(k.id) }),
  }));
  const stop = c.sequential && c.sequential.stop !== 'sample-spent' ? c.sequential : null;
  cases.push(
    ...notRun(
      c.head.sampleIds,
      evaluated,
      options.allCaseIds,
      notEvaluatedReason(
        c.sample.cut?.reason ?? null,
        stop
          ? `sequential sampling stopped after ${c.sample.used} of ${c.sample.n} cases (${stop.stop === 'budget' ? 'budget' : `the verdict was clear: ${stop.stop}`})`
          : null,
      ),
      sampleWords(c.sample.n, c.sample.total, c.sample.seed),
    ),
  );
  const m = c.metrics.score;
  return render(
    [
      {
        name: `${c.suiteName} (head vs base)`,
        properties: [
          ['decision', input.decision],
          ['score-base', num(m.base)],
          ['score-head', num(m.head)],
          ['score-delta', num(m.delta)],
          ['base-commit', c.base?.commit ?? ''],
          ['head-commit', c.head.commit ?? ''],
          ['seed', String(c.sample.seed)],
          ['trials', String(c.sample.trials)],
        ],
        cases,
      },
    ],
    options.redact,
  );
}

function runOutcome(c: CaseResult): Outcome {
  if (c.status === 'pass') return { kind: 'passed' };
  if (c.status === 'error') return errorOutcome(c, 'errored');
  return { kind: 'failure', message: `fails: ${firstFailure(c.trials)}`, body: reasons(c.trials) };
}

function comparedOutcome(k: CaseComparison, marks: { mustPass: boolean; permission: boolean }): Outcome {
  const head = k.head;
  if (head.status === 'error') return errorOutcome(head, 'errored at head');
  if (head.status === 'pass') return { kind: 'passed' };
  const tags = [marks.mustPass ? 'must-pass, blocks the merge' : '', marks.permission ? 'calls a tool outside `allowed`' : ''].filter(Boolean);
  const how =
    k.class === 'regressed'
      ? 'regressed: passes at base, fails at head'
      : k.class === 'still-failing'
        ? 'fails at head and at base (not caused by this change)'
        : k.base === null
          ? 'fails at head (not evaluated at base)'
          : k.base.status === 'error'
            ? 'fails at head (errored at base, so not compared)'
            : 'fails at head';
  const base = k.base === null ? [] : ['', `base: ${k.base.status}${k.base.score === null ? '' : `, score ${Number(k.base.score.toFixed(3))}`}`];
  return {
    kind: 'failure',
    message: `${how}${tags.length ? ` (${tags.join('; ')})` : ''} — ${firstFailure(head.trials)}`,
    body: [reasons(head.trials), ...base].join('\n'),
  };
}

function errorOutcome(c: CaseResult, what: string): Outcome {
  const errors = c.trials.flatMap((t) => (t.error ? [t.error] : []));
  const first = errors[0];
  return {
    kind: 'error',
    message: first ? `${what}: ${first.kind}: ${line(first.message)}` : what,
    body: errors.map((e, i) => `trial ${i}: ${e.kind}: ${e.message}${e.stderr ? `\nstderr:\n${e.stderr}` : ''}`).join('\n\n'),
  };
}

/** The first failing check of the first failing trial, as "label: reason". */
function firstFailure(trials: readonly TrialResult[]): string {
  for (const t of trials) {
    const failed = t.checks.find((k) => !k.pass);
    if (failed) return line(`${failed.label}: ${failed.reason}`);
  }
  return 'no check failed in a non-error trial';
}

/** Every failing check of every trial, one line each ("✗" failed, "✓" passed for context). */
function reasons(trials: readonly TrialResult[]): string {
  const lines = trials.flatMap((t) =>
    t.status === 'error'
      ? [`trial ${t.trial}: error: ${line(t.error?.message ?? 'unknown')}`]
      : t.checks.map((k) => `trial ${t.trial}: ${k.pass ? '✓' : '✗'} ${line(`${k.label}: ${k.reason}`)}`),
  );
  const shown = lines.slice(0, MAX_REASONS);
  if (lines.length > shown.length) shown.push(`… ${lines.length - shown.length} more`);
  return shown.join('\n');
}

/** Cases of the sample (and of the suite) that were not evaluated, as skipped test cases. */
function notRun(
  sampleIds: readonly string[],
  evaluated: ReadonlySet<string>,
  allCaseIds: readonly string[] | undefined,
  sampledReason: string,
  sample: string,
): TestCase[] {
  const inSample = new Set(sampleIds);
  const sampled = sampleIds.filter((id) => !evaluated.has(id)).map((id) => skipped(id, sampledReason));
  const outside = (allCaseIds ?? []).filter((id) => !inSample.has(id) && !evaluated.has(id)).map((id) => skipped(id, `not in this run's sample (${sample})`));
  return [...sampled, ...outside];
}

function skipped(name: string, message: string): TestCase {
  return { name, classname: '', time: 0, outcome: { kind: 'skipped', message } };
}

function notEvaluatedReason(cut: string | null, stopped: string | null): string {
  if (cut) return `sampled, not evaluated: ${cut}`;
  if (stopped) return `sampled, not evaluated: ${stopped}`;
  return 'sampled, not evaluated';
}

function sampleWords(n: number, total: number, seed: number): string {
  return `${n} of ${total} cases, seed ${seed}`;
}

function seconds(c: CaseResult): number {
  const trials = c.trials.filter((t) => Number.isFinite(t.latencyMs));
  return trials.length === 0 ? 0 : trials.reduce((a, t) => a + t.latencyMs, 0) / trials.length / 1000;
}

function num(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '' : String(Number(x.toPrecision(6)));
}

function line(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_LINE ? `${one.slice(0, MAX_LINE - 1)}…` : one;
}

function render(suites: TestSuite[], redact: Redactor): string {
  const count = (s: TestSuite, kind: Outcome['kind']) => s.cases.filter((c) => c.outcome.kind === kind).length;
  const total = (kind: Outcome['kind']) => suites.reduce((n, s) => n + count(s, kind), 0);
  const time = (s: TestSuite) => s.cases.reduce((a, c) => a + c.time, 0);
  const attr = (text: string) => escapeXml(redact(text), true);
  const text = (t: string) => escapeXml(redact(t), false);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="EvalGate" tests="${suites.reduce((n, s) => n + s.cases.length, 0)}" failures="${total('failure')}" errors="${total('error')}" skipped="${total('skipped')}" time="${secs(suites.reduce((a, s) => a + time(s), 0))}">`,
  ];
  for (const s of suites) {
    out.push(
      `  <testsuite name="${attr(s.name)}" tests="${s.cases.length}" failures="${count(s, 'failure')}" errors="${count(s, 'error')}" skipped="${count(s, 'skipped')}" time="${secs(time(s))}">`,
      '    <properties>',
      ...s.properties.map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>`),
      '    </properties>',
    );
    for (const c of s.cases) {
      const open = `    <testcase name="${attr(c.name)}" classname="${attr(c.classname || s.name)}" time="${secs(c.time)}"`;
      const o = c.outcome;
      if (o.kind === 'passed') out.push(`${open}/>`);
      else if (o.kind === 'skipped') out.push(`${open}>`, `      <skipped message="${attr(o.message)}"/>`, '    </testcase>');
      else
        out.push(
          `${open}>`,
          `      <${o.kind} message="${attr(o.message)}" type="${o.kind === 'error' ? 'EvaluationError' : 'CheckFailure'}">${text(o.body)}</${o.kind}>`,
          '    </testcase>',
        );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}

function secs(s: number): string {
  return (Math.round(s * 1000) / 1000).toFixed(3);
}

/**
 * Characters XML 1.0 cannot carry at all (C0 controls but tab/newline/CR, lone surrogates,
 * U+FFFE/U+FFFF): removed, since outputs are untrusted and one of them makes the whole file
 * unreadable to a reporter.
 */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content or a double-quoted attribute (where newlines would be normalised away). */
export function escapeXml(text: string, attribute: boolean): string {
  const clean = text.replace(NOT_XML, '').replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
  if (!attribute) return clean;
  return clean.replace(/["\t\n\r]/g, (ch) => (ch === '"' ? '&quot;' : ch === '\t' ? '&#9;' : ch === '\n' ? '&#10;' : '&#13;'));
}
