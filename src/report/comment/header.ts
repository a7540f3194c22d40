import { evidenceSentences, flipsSentence, sampleText } from '../evidence.js';
import type { Comparison, Finding, Verdict } from '../../compare/types.js';
import { pct, signedPct } from '../../util/numbers.js';
import { formatTime, formatUsd, plural, shortCommit, UNCOMMITTED_SUFFIX } from '../format.js';
import type { ApprovalRecord } from '../types.js';
import type { Renderer } from '../untrusted.js';
import { bulletList, capped, type Context } from './context.js';
import type { HeaderFacts } from './facts.js';
import { headline } from './headline.js';
import { nextSteps } from './next-steps.js';

const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const APPROVAL_REASON_MAX = 300;
export const APPROVED_PREFIX = '☑️ Approved by ';
export const IGNORED_PREFIX = 'ℹ️ Label ';
/** The line under the headline; `replaceHeader` puts the approval line after it. */
export const CONTEXT_PREFIX = '<sub>EvalGate · suite ';
/** The folded statistics at the end of the header. */
export const EVIDENCE_PREFIX = '<details>\n<summary>How this was decided</summary>';

function mention(r: Renderer, login: string): string {
  // A login from the GitHub API is trusted to ping; anything else is rendered inert.
  return GITHUB_LOGIN.test(login) ? `@${login}` : r.inlineText(login, 60);
}

export function commitText(r: Renderer, commit: string | null, dirty = false): string {
  const short = shortCommit(commit);
  const text = short ?? (commit === null ? 'unknown commit' : r.inlineCode(commit, 40));
  return dirty ? `${text}${UNCOMMITTED_SUFFIX}` : text;
}

export function approvalLine(r: Renderer, approveLabel: string, approval: ApprovalRecord | null): string | null {
  if (approval === null) return null;
  if (approval.state === 'approved') {
    return `${APPROVED_PREFIX}${mention(r, approval.actor)} at ${r.inlineText(formatTime(approval.at), 40)} ` + `for ${commitText(r, approval.commit)}`;
  }
  return (
    `${IGNORED_PREFIX}"${r.inlineText(approveLabel, 100)}" by ${mention(r, approval.actor)} was ignored: ` +
    r.inlineMarkdown(approval.reason, APPROVAL_REASON_MAX)
  );
}

const SAFE_URL = /^https?:\/\/[^\s()<>[\]"'`]+$/;

/**
 * `<sub>EvalGate · suite `x` · 12 of 12 cases, seed 7, 1 trial · base d902382 → head 6ce1a34 ·
 * eval spend $0.0021 · workflow run</sub>`: what was compared, on one small line.
 */
function contextLine(ctx: Context): string {
  const { r, input } = ctx;
  const cmp = input.comparison;
  const usd = (v: number | null): string => (v === null ? 'unknown' : formatUsd(v));
  const parts = [
    `${CONTEXT_PREFIX}${r.inlineCode(cmp.suiteName, 100)}`,
    `${sampleText(cmp.sample)}, seed ${cmp.sample.seed}, ${plural(cmp.sample.trials, 'trial')}`,
    cmp.base
      ? `base ${commitText(r, cmp.base.commit)} → head ${commitText(r, cmp.head.commit, cmp.head.dirty)}`
      : `head ${commitText(r, cmp.head.commit, cmp.head.dirty)}`,
    // Replayed answers cost nothing now: say what was paid apart from what the cache answered.
    cmp.spend.replayed !== 0
      ? `eval spend ${usd(cmp.spend.total)} (${usd(cmp.spend.live)} paid now, ${usd(cmp.spend.replayed)} replayed)`
      : `eval spend ${usd(cmp.spend.total)}`,
  ];
  if (input.runUrl !== null && SAFE_URL.test(input.runUrl)) parts.push(`[workflow run](${input.runUrl})`);
  return `${parts.join(' · ')}</sub>`;
}

function byRule(verdict: Verdict, rule: Finding['rule']): Finding | undefined {
  return verdict.findings.find((f) => f.rule === rule);
}

/** The findings that decided, in the verdict's words: only what made the decision. */
export function deciding(verdict: Verdict): Finding[] {
  // Verdicts without findings (results of an older version) and decisions made outside the rules
  // (an incomplete shard merge turns a pass into an error) say why in their reasons only.
  const reasons = (): Finding[] => verdict.reasons.map((message) => ({ rule: 'score', outcome: 'block', message, numbers: {} }));
  const orReasons = (found: Finding[]): Finding[] => (found.length > 0 ? found : reasons());
  if (verdict.findings.length === 0) return reasons();
  switch (verdict.decision) {
    case 'error':
      return orReasons(verdict.findings.filter((f) => f.rule === 'errors' && f.outcome === 'block'));
    case 'fail':
      return orReasons(verdict.findings.filter((f) => f.rule !== 'errors' && f.outcome === 'block'));
    case 'inconclusive':
      return verdict.findings.filter((f) => f.rule === 'score');
    case 'pass':
      return [];
  }
}

function relativeHeld(name: string, f: Finding): string {
  const rel = f.numbers.relative;
  const limit = f.numbers.limit;
  const change = typeof rel === 'number' ? signedPct(rel) : 'unchanged';
  return `${name} ${change}${typeof limit === 'number' ? ` (limit +${pct(limit)})` : ''}`;
}

/** One compact line of the limits that held: they did not decide, so they are not reasons. */
export function withinLimits(cmp: Comparison, verdict: Verdict): string | null {
  if (cmp.base === null || verdict.decision === 'error') return null;
  const held: string[] = [];
  const ok = (rule: Finding['rule']): Finding | undefined => {
    const f = byRule(verdict, rule);
    return f?.outcome === 'ok' ? f : undefined;
  };
  // 'ok' means none blocks: pre-existing or flaky failures may still be listed as warnings.
  if (ok('must-pass')) held.push('no must-pass case blocks');
  const cost = ok('cost');
  if (cost) held.push(relativeHeld('cost', cost));
  const latency = ok('latency');
  if (latency) held.push(relativeHeld('latency', latency));
  // Only suites that restrict tools have a permission limit worth naming.
  const restrictsTools = cmp.cases.some((c) => c.head.trials.some((t) => t.checks.some((k) => k.kind === 'tools')));
  if (restrictsTools && ok('permissions')) held.push('no new forbidden tool calls');
  return held.length === 0 ? null : `Within limits: ${held.join(' · ')}`;
}

/** How the score verdict was reached, folded: statistics in words for whoever asks. */
function evidenceBlock(ctx: Context): string | null {
  const { r, input } = ctx;
  const cmp = input.comparison;
  if (cmp.base === null) return null;
  const score = byRule(input.verdict, 'score');
  const lines = [
    ...(score && !deciding(input.verdict).includes(score) ? [r.inlineMarkdown(`Score: ${score.message}.`, 600)] : []),
    `Pass/fail flips: ${flipsSentence(cmp)}.`,
    ...evidenceSentences(input.verdict.evidence, cmp),
  ];
  return `${EVIDENCE_PREFIX}\n\n${bulletList(lines)}\n\n</details>`;
}

/** One list: the deciding reasons, the limits that held, then warnings (⚠️) — one block, not three lists. */
function whyList(reasons: string[], limits: string | null, warnings: string[]): string | null {
  const items = [...reasons, ...(limits ? [limits] : []), ...warnings];
  return items.length > 0 ? bulletList(items) : null;
}

export interface HeaderParts {
  headline: string;
  context: string;
  approval: string | null;
  /** The deciding reasons, the limits that held, and warnings. */
  why: string | null;
  next: string | null;
  evidence: string | null;
}

/** The header's blocks: everything above the metrics table. */
export function headerParts(ctx: Context, facts: HeaderFacts, reasonsMax: number, withWarnings: boolean): HeaderParts {
  const { input, r, limits } = ctx;
  const why = deciding(input.verdict).map((f) => r.inlineMarkdown(f.message, limits.reason));
  const warnings = withWarnings
    ? capped(
        input.verdict.warnings,
        reasonsMax,
        (w) => `⚠️ ${r.inlineMarkdown(w, limits.reason)}`,
        (n) => `…and ${n} more warnings`,
      )
    : [];
  return {
    headline: headline(r, input.decision, input.verdict.decision, facts.causes),
    context: contextLine(ctx),
    approval: approvalLine(r, input.approveLabel, input.approval),
    why: whyList(
      capped(
        why,
        reasonsMax,
        (w) => w,
        (n) => `…and ${n} more reasons`,
      ),
      withinLimits(input.comparison, input.verdict),
      warnings,
    ),
    next: nextSteps(r, {
      decision: input.decision,
      verdict: input.verdict.decision,
      facts,
      approveLabel: input.approveLabel,
      permission: ctx.permission,
      scope: ctx.scope,
    }),
    evidence: evidenceBlock(ctx),
  };
}

/** The order the header's blocks appear in; `replaceHeader` keeps it. */
export function joinHeader(p: HeaderParts): string {
  return [p.headline, p.context, p.approval, p.why, p.next, p.evidence].filter((b): b is string => b !== null).join('\n\n');
}
