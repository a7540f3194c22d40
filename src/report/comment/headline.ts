import type { Comparison, Decision, FinalDecision, Finding, Verdict } from '../../compare/types.js';
import { count, pct, signedPct, signedPts } from '../../util/numbers.js';
import { prioritiseMustPassFirst } from '../cases.js';
import { reproduceCommand } from './next-steps.js';
import { clipId, FIX_MAX, type HeaderFacts } from './facts.js';
import type { ReportInput } from '../types.js';
import type { Renderer } from '../untrusted.js';

/** The headline's first words: the decision a reader acts on (also the overview of several suites). */
export const DECISION_WORDS: Record<FinalDecision, string> = {
  pass: '✅ Pass',
  fail: '❌ Regression',
  approved: '☑️ Regression approved',
  inconclusive: '⚠️ Inconclusive',
  'not-applicable': '⏭️ Not applicable',
  skipped: '⏸️ Skipped',
  error: '🛑 Error',
};

/** The markdown heading level of the headline, also how `replaceHeader` recognises it. */
export const HEADLINE_PREFIX = '### ';

function decisionWords(decision: FinalDecision, verdict: Decision | undefined): string {
  // on-inconclusive: fail blocks an inconclusive verdict: say so, it is not a shown regression.
  if (verdict === 'inconclusive' && decision === 'fail') return '❌ Inconclusive, blocking';
  if (verdict === 'inconclusive' && decision === 'approved') return '☑️ Inconclusive, approved';
  return DECISION_WORDS[decision];
}

/** `### ❌ Regression — 1 must-pass case fails · score −9.4 pts (95% CI −19.8 to +0.9)`. */
export function headline(r: Renderer, decision: FinalDecision, verdict: Decision | undefined, causes: readonly string[]): string {
  const words = decisionWords(decision, verdict);
  const why = causes.map((c) => r.inlineMarkdown(c, 200)).join(' · ');
  return `${HEADLINE_PREFIX}${words}${why ? ` — ${why}` : ''}`;
}

function finding(verdict: Verdict, rule: Finding['rule']): Finding | undefined {
  return verdict.findings.find((f) => f.rule === rule);
}

function num(f: Finding | undefined, key: string): number | null {
  const v = f?.numbers[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function s(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** `score −9.4 pts (95% CI −19.8 to +0.9)`. */
function scoreCause(cmp: Comparison, verdict: Verdict): string | null {
  if (cmp.base === null) return null;
  const f = finding(verdict, 'score');
  const mean = num(f, 'mean') ?? cmp.metrics.score.delta;
  if (mean === null) return null;
  const low = num(f, 'low') ?? cmp.metrics.score.interval?.low ?? null;
  const high = num(f, 'high') ?? cmp.metrics.score.interval?.high ?? null;
  const ci = low !== null && high !== null ? ` (${pct(cmp.confidence)} CI ${signedPts(low)} to ${signedPts(high)})` : '';
  return `score ${signedPts(mean)} pts${ci}`;
}

/** `cost +40% (limit 25%)`: a relative gate that blocked. */
function relativeCause(name: string, f: Finding): string {
  const rel = num(f, 'relative');
  const limit = num(f, 'limit');
  const change = rel === null ? 'rose from zero' : signedPct(rel);
  return `${name} ${change}${limit === null ? '' : ` (limit +${pct(limit)})`}`;
}

function flipsCause(cmp: Comparison): string {
  const down = cmp.mcnemar.regressed;
  return down === 0 ? 'no case went pass → fail' : `${count(down)} ${s(down, 'case', 'cases')} went pass → fail`;
}

/** The causes of the decision with their numbers, main cause first: what the headline says. */
export function causesOf(cmp: Comparison, verdict: Verdict): string[] {
  const score = scoreCause(cmp, verdict);
  const causes: string[] = [];
  if (verdict.decision === 'error') {
    const f = finding(verdict, 'errors');
    const rate = num(f, 'rate');
    const limit = num(f, 'limit');
    if (f?.outcome === 'block' && rate !== null) return [`${pct(rate)} of cases errored${limit === null ? '' : ` (limit ${pct(limit)})`}`];
    // Not the error rule (an incomplete shard merge): its first reason says why.
    const reason = verdict.reasons[0];
    return [reason === undefined ? 'the results cannot be trusted' : reason.length <= 120 ? reason : `${reason.slice(0, 119)}…`];
  }
  if (cmp.base === null) return ['single run, no base to compare'];
  const blocks = (rule: Finding['rule']): Finding | undefined => {
    const f = finding(verdict, rule);
    return f?.outcome === 'block' ? f : undefined;
  };
  const mustPass = verdict.gates.mustPass.length;
  if (mustPass > 0) causes.push(`${count(mustPass)} must-pass ${s(mustPass, 'case fails', 'cases fail')}`);
  const forbidden = verdict.gates.permissions.length;
  if (forbidden > 0) causes.push(`${count(forbidden)} ${s(forbidden, 'case calls', 'cases call')} a forbidden tool`);
  if (score) causes.push(score);
  const cost = blocks('cost');
  if (cost) causes.push(relativeCause('cost', cost));
  const latency = blocks('latency');
  if (latency) causes.push(relativeCause('latency', latency));
  if (verdict.decision === 'pass') causes.push(flipsCause(cmp));
  if (verdict.decision === 'inconclusive') {
    const needed = verdict.evidence?.casesNeeded ?? null;
    causes.push(needed !== null && needed > (verdict.evidence?.maxCases ?? 0) ? `about ${count(needed)} cases would decide` : 'the sample could not decide');
  }
  return causes;
}

/** Everything the header needs that a label event cannot recompute: stored in the marker state. */
export function headerFacts(input: ReportInput): HeaderFacts {
  const failing = prioritiseMustPassFirst(input.comparison.cases, input.verdict.gates.mustPass);
  const mustPass = new Set(input.verdict.gates.mustPass);
  return {
    causes: causesOf(input.comparison, input.verdict)
      .slice(0, 6)
      .map((c) => (c.length <= 200 ? c : `${c.slice(0, 199)}…`)),
    fix: failing.slice(0, FIX_MAX).map((c) => ({ id: clipId(c.id), mustPass: mustPass.has(c.id) })),
    moreFix: Math.max(0, failing.length - FIX_MAX),
    command: reproduceCommand(input.comparison),
    ...(input.comparison.head.dirty ? { dirtyHead: true } : {}),
  };
}
