import { evidenceSentences, flipsSentence, sampleText } from './evidence.js';
import type { CaseComparison, Comparison, Metric, TagBreakdown } from '../compare/types.js';
import type { CaseResult, CheckResult, Step, TrialResult } from '../results/schema.js';
import type { ApprovalRecord, ChangedFile, FinalDecision, ReportInput } from './types.js';
import { CASE_CLASSES } from '../compare/types.js';
import {
  CLASS_LABELS,
  firstError,
  matchingTrial,
  prioritiseFailing,
  representativeTrial,
  shortReason,
} from './cases.js';
import {
  formatCount,
  formatDelta,
  formatInterval,
  formatMs,
  formatSigned,
  formatSize,
  formatTime,
  formatUsd,
  formatValue,
  plural,
  shortCommit,
  type Unit,
  METRIC_ROWS,
} from './format.js';
import { describeToolUseDiff, toolUseDiff } from './tool-diff.js';
import type { Redactor } from './redact.js';
import { createRenderer, type Renderer } from './untrusted.js';

/** Longest comment body we write: the API rejects > 65,536 chars; room is left for the marker. */
export const COMMENT_BUDGET = 60_000;
/** GITHUB_STEP_SUMMARY takes at most 1 MiB per step; stay clearly below it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;
/** Below this even the verdict line and footer might not fit. */
export const MIN_COMMENT_BUDGET = 2_000;

/** Who may approve, as the action's `approve-permission` input. */
export type ApprovePermission = 'write' | 'maintain' | 'admin';

export interface RenderOptions {
  /** What the approve label needs, for the how-to-approve hint; default `write`. */
  approvePermission?: ApprovePermission;
}

export interface CommentOptions extends RenderOptions {
  /** Maximum characters; default `COMMENT_BUDGET`. */
  budget?: number;
}

/** Per-item caps, so one huge output or trace cannot eat the whole budget. */
interface Limits {
  output: number;
  input: number;
  reason: number;
  judgeReasoning: number;
  errorMessage: number;
  stderr: number;
  checkRows: number;
  stepRows: number;
  /** A step's arguments, and its result, each on one line. */
  stepValue: number;
  diff: number;
  reasons: number;
  tagRows: number;
  fixedIds: number;
  /** Fractions of the budget the optional sections may take before failing cases get the rest. */
  tagShare: number;
  filesShare: number;
}

const COMMENT_LIMITS: Limits = {
  output: 4_000,
  input: 2_000,
  reason: 300,
  judgeReasoning: 800,
  errorMessage: 500,
  stderr: 2_000,
  checkRows: 25,
  stepRows: 30,
  stepValue: 160,
  diff: 4_000,
  reasons: 10,
  tagRows: 40,
  fixedIds: 50,
  tagShare: 0.1,
  filesShare: 0.2,
};

/** The summary is the full report; the caps only keep pathological values readable. */
const SUMMARY_LIMITS: Limits = {
  output: 20_000,
  input: 10_000,
  reason: 1_000,
  judgeReasoning: 4_000,
  errorMessage: 2_000,
  stderr: 8_000,
  checkRows: 200,
  stepRows: 200,
  stepValue: 500,
  diff: 50_000,
  reasons: 100,
  tagRows: 500,
  fixedIds: 10_000,
  tagShare: 0.1,
  filesShare: 0.2,
};

/** One-liners kept in reserve while failing cases are rendered in full. */
const LINES_RESERVED = 30;
/** Compact case rendering, tried when the full one no longer fits. */
const COMPACT_SCALE = 4;

interface Profile {
  budget: number;
  measure: (text: string) => number;
  limits: Limits;
  /** Where the reader finds what did not fit. */
  elsewhere: string;
}

interface Context {
  input: ReportInput;
  r: Renderer;
  limits: Limits;
  permission: ApprovePermission;
}

const chars = (text: string): number => text.length;
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const BADGES: Record<FinalDecision, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  approved: '☑️ approved regression',
  inconclusive: '⚠️ inconclusive',
  'not-applicable': '⏭️ not applicable',
  skipped: '⏸️ skipped',
  error: '🛑 error',
};

const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const SAFE_URL = /^https?:\/\/[^\s()<>[\]"'`]+$/;

function badge(input: ReportInput): string {
  const gates = input.verdict.gates;
  if (input.decision === 'fail' && (gates.score === 'regression' || gates.mustPass.length > 0)) {
    return '❌ regression';
  }
  return BADGES[input.decision];
}

function titleLine(r: Renderer, badgeText: string, suiteName: string): string {
  return `**EvalGate: ${badgeText}** — suite ${r.inlineCode(suiteName, 100)}`;
}

function bulletList(items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

function capped<T>(items: readonly T[], max: number, render: (item: T) => string, more: (n: number) => string): string[] {
  const shown = items.slice(0, max).map(render);
  return items.length > max ? [...shown, more(items.length - max)] : shown;
}

function header(ctx: Context, reasonsMax: number, withWarnings: boolean): string {
  const { input, r, limits } = ctx;
  const parts = [titleLine(r, badge(input), input.comparison.suiteName)];
  const lines = [
    ...capped(input.verdict.reasons, reasonsMax, (s) => r.inlineMarkdown(s, limits.reason), (n) => `…and ${n} more reasons`),
    ...(withWarnings
      ? capped(input.verdict.warnings, reasonsMax, (s) => `⚠️ ${r.inlineMarkdown(s, limits.reason)}`, (n) => `…and ${n} more warnings`)
      : []),
  ];
  if (lines.length > 0) parts.push(bulletList(lines));
  const evidence = evidenceSentences(input.verdict.evidence, input.comparison);
  if (evidence.length > 0) parts.push(`<sub>${evidence.join(' ')}</sub>`);
  const approval = approvalLine(r, input.approveLabel, input.approval);
  if (approval) parts.push(approval);
  return parts.join('\n\n');
}

const APPROVAL_REASON_MAX = 300;
const APPROVED_PREFIX = '☑️ Approved by ';
const IGNORED_PREFIX = 'ℹ️ Label ';
const APPROVE_HINT_PREFIX = 'To accept this regression, add the label ';

function approveHint(r: Renderer, label: string, permission: ApprovePermission): string {
  return `${APPROVE_HINT_PREFIX}${r.inlineCode(label, 100)} (needs ${permission} permission).`;
}

function mention(r: Renderer, login: string): string {
  // A login from the GitHub API is trusted to ping; anything else is rendered inert.
  return GITHUB_LOGIN.test(login) ? `@${login}` : r.inlineText(login, 60);
}

function commitText(r: Renderer, commit: string | null): string {
  const short = shortCommit(commit);
  return short ?? (commit === null ? 'unknown commit' : r.inlineCode(commit, 40));
}

function approvalLine(r: Renderer, approveLabel: string, approval: ApprovalRecord | null): string | null {
  if (approval === null) return null;
  if (approval.state === 'approved') {
    return (
      `${APPROVED_PREFIX}${mention(r, approval.actor)} at ${r.inlineText(formatTime(approval.at), 40)} ` +
      `for ${commitText(r, approval.commit)}`
    );
  }
  return (
    `${IGNORED_PREFIX}"${r.inlineText(approveLabel, 100)}" by ${mention(r, approval.actor)} was ignored: ` +
    r.inlineMarkdown(approval.reason, APPROVAL_REASON_MAX)
  );
}

function confidenceLabel(confidence: number): string {
  return `${Math.round(confidence * 100)}% CI`;
}

function metricCells(unit: Unit, m: Metric): string[] {
  return [formatValue(unit, m.base), formatValue(unit, m.head), formatDelta(unit, m), formatInterval(unit, m.interval)];
}

function table(head: string[], align: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}

function metricsSection(ctx: Context): string {
  const { comparison: cmp } = ctx.input;
  const { r } = ctx;
  const rows = METRIC_ROWS.map((row) => [row.name, ...metricCells(row.unit, cmp.metrics[row.key])]);
  const parts = [
    table(['Metric', 'Base', 'Head', 'Δ', confidenceLabel(cmp.confidence)], ['---', '---:', '---:', '---:', '---'], rows),
  ];
  const lines: string[] = [];
  const { spend } = cmp;
  lines.push(`Pass/fail flips: ${flipsSentence(cmp)}.`);
  const usd = (v: number | null): string => (v === null ? 'unknown' : formatUsd(v));
  lines.push(
    `Eval spend: ${usd(spend.total)} — target base ${usd(spend.baseTarget)}, head ${usd(spend.headTarget)}; ` +
      `judge ${usd(spend.judge)}.`,
  );
  if (spend.replayed !== 0 || spend.unrecordedCalls > 0) lines.push(`Paid now ${usd(spend.live)}; replayed from the cache ${usd(spend.replayed)}${spend.unrecordedCalls > 0 ? `; ${spend.unrecordedCalls} agent model call(s) went through the proxy unrecorded (not in any cost)` : ''}.`);
  if (spend.projectedMonthlyDelta !== null) {
    lines.push(`Projected monthly cost change at the configured traffic: ${formatSigned('usd', spend.projectedMonthlyDelta)}.`);
  }
  if (spend.unknownPriceModels.length > 0) {
    const models = capped(spend.unknownPriceModels, 10, (m) => r.inlineCode(m, 60), (n) => `${n} more`).join(', ');
    lines.push(`Cost unknown for ${models} — add their prices under \`pricing:\` in the suite file.`);
  }
  parts.push(lines.join('\\\n'));
  return parts.join('\n\n');
}

function tagTable(ctx: Context, tags: readonly TagBreakdown[]): string {
  const { r } = ctx;
  const ci = confidenceLabel(ctx.input.comparison.confidence);
  const rows = tags.map((t) => [
    r.inlineCode(t.tag, 60),
    formatCount(t.n),
    formatValue('score', t.score.base),
    formatValue('score', t.score.head),
    formatDelta('score', t.score),
    formatInterval('score', t.score.interval),
    formatValue('rate', t.passRate.base),
    formatValue('rate', t.passRate.head),
  ]);
  return table(
    ['Tag', 'n', 'Base score', 'Head score', 'Δ score', ci, 'Base pass', 'Head pass'],
    ['---', '---:', '---:', '---:', '---:', '---', '---:', '---:'],
    rows,
  );
}

/** Mermaid bar chart of head (bars) against base (line) per tag; xychart-beta overlays bars. */
function tagChart(r: Renderer, tags: readonly TagBreakdown[]): string | null {
  if (tags.length < 2 || tags.length > 12) return null;
  if (tags.some((t) => t.score.base === null || t.score.head === null)) return null;
  const labels = tags.map((t) => `"${r.label(t.tag, 24)}"`).join(', ');
  const values = (side: 'base' | 'head'): string => tags.map((t) => (t.score[side] ?? 0).toFixed(3)).join(', ');
  const source = [
    'xychart-beta',
    '  title "Score by tag (bars: head, line: base)"',
    `  x-axis [${labels}]`,
    '  y-axis "Score" 0 --> 1',
    `  bar [${values('head')}]`,
    `  line [${values('base')}]`,
  ].join('\n');
  // Not r.codeBlock: that would break Mermaid's `-->`; every untrusted part above is an r.label.
  return '```mermaid\n' + source + '\n```';
}

function tagsSection(ctx: Context, room: number, measure: (s: string) => number): string | null {
  const tags = ctx.input.comparison.tags;
  if (tags.length === 0) return null;
  const heading = '**By tag**';
  for (let shown = Math.min(tags.length, ctx.limits.tagRows); shown > 0; shown = Math.floor(shown / 2)) {
    const rest = tags.length - shown;
    const parts = [heading, tagTable(ctx, tags.slice(0, shown))];
    if (rest > 0) parts.push(`…and ${plural(rest, 'more tag')} in evalgate-report.json.`);
    const chart = rest === 0 ? tagChart(ctx.r, tags) : null;
    const withChart = chart ? [...parts, chart].join('\n\n') : null;
    if (withChart && measure(withChart) <= room) return withChart;
    const text = parts.join('\n\n');
    if (measure(text) <= room) return text;
  }
  return null;
}

function changedFileBlock(r: Renderer, file: ChangedFile, diffMax: number): string {
  const name = `<code>${r.htmlText(file.path, 200)}</code> (${file.status})`;
  if (file.diff === null) return `<details>\n<summary>${name}</summary>\n\nNo diff available.\n\n</details>`;
  return `<details>\n<summary>${name}</summary>\n\n${r.codeBlock(file.diff, { lang: 'diff', maxLen: diffMax })}\n\n</details>`;
}

function filesSection(ctx: Context, room: number, measure: (s: string) => number): string | null {
  const files = ctx.input.changedFiles;
  if (files.length === 0) return null;
  const heading = `**Changed under evaluation** (${plural(files.length, 'file')})`;
  const blocks: string[] = [];
  const moreLine = (n: number): string => `…and ${plural(n, 'more file')} not shown.`;
  let used = measure(heading) + 2 + measure(moreLine(files.length)) + 2;
  for (const file of files) {
    const full = changedFileBlock(ctx.r, file, ctx.limits.diff);
    const block = used + measure(full) + 2 <= room ? full : changedFileBlock(ctx.r, file, Math.floor(ctx.limits.diff / 8));
    if (used + measure(block) + 2 > room) break;
    blocks.push(block);
    used += measure(block) + 2;
  }
  if (blocks.length === 0) return null;
  const rest = files.length - blocks.length;
  return [heading, ...blocks, ...(rest > 0 ? [moreLine(rest)] : [])].join('\n\n');
}

function countsSection(ctx: Context): string {
  const { comparison: cmp } = ctx.input;
  const counts = CASE_CLASSES.map((c) => `${formatCount(cmp.counts[c] ?? 0)} ${CLASS_LABELS[c]}`).join(' · ');
  const lines = [`**Cases:** ${counts}`];
  const { errors } = cmp;
  if (errors.base + errors.head > 0) {
    const kinds = Object.entries(errors.byKind)
      .map(([kind, n]) => `${ctx.r.inlineCode(kind, 40)} ${formatCount(n)}`)
      .join(', ');
    lines.push(
      `**Errors:** base ${formatCount(errors.base)}, head ${formatCount(errors.head)} ` +
        `(${(errors.rate * 100).toFixed(1)}% of runs)${kinds ? ` — ${kinds}` : ''}. Errored cases are kept out of the deltas.`,
    );
  }
  return lines.join('\\\n');
}

function scoreChange(c: CaseComparison): string {
  const base = c.base ? formatValue('score', c.base.score) : 'new';
  const head = formatValue('score', c.head.score);
  return c.delta === null ? `${base} → ${head}` : `${base} → ${head} (${formatSigned('score', c.delta)})`;
}

function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function compactJson(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Outputs that are JSON read better pretty-printed. */
function outputBlock(r: Renderer, output: string, maxLen: number): string {
  const trimmed = output.trim();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && trimmed.length <= maxLen * 4) {
    try {
      return r.codeBlock(JSON.stringify(JSON.parse(trimmed), null, 2), { lang: 'json', maxLen });
    } catch {
      // not JSON after all: shown as text
    }
  }
  return r.codeBlock(output, { lang: 'text', maxLen });
}

function valueBlock(r: Renderer, value: unknown, maxLen: number): string {
  return typeof value === 'string'
    ? r.codeBlock(value, { lang: 'text', maxLen })
    : r.codeBlock(prettyJson(value), { lang: 'json', maxLen });
}

function trialOutput(r: Renderer, trial: TrialResult | null, result: CaseResult | null, maxLen: number): string {
  if (result === null) return '_No base result: the case is new._';
  if (trial === null) return '_No trials ran._';
  if (trial.output === null) return `_No output (${trial.status})._`;
  return outputBlock(r, trial.output, maxLen);
}

function checkCell(check: CheckResult | undefined): string {
  if (!check) return '—';
  return `${check.pass ? '✅' : '❌'} ${check.score.toFixed(2)}`;
}

function checkReason(ctx: Context, check: CheckResult, scale: number): string {
  const { r, limits } = ctx;
  // A judge check's reason is its reasoning, shortened: show the full reasoning once instead.
  let text = check.judge
    ? `judge ${r.inlineCode(check.judge.model, 60)} (${check.judge.score.toFixed(2)}): ` +
      r.inlineText(check.judge.reasoning, Math.floor(limits.judgeReasoning / scale))
    : r.inlineText(check.reason, Math.floor(limits.reason / scale));
  if (check.violations && check.violations.length > 0) {
    const calls = capped(
      check.violations,
      5,
      (v) => `${r.inlineCode(v.name, 60)} ${v.input === undefined ? '' : r.inlineText(compactJson(v.input), 120)}`.trim(),
      (n) => `${n} more`,
    );
    text += ` — outside \`allowed\`: ${calls.join('; ')}`;
  }
  return text;
}

function checksTable(ctx: Context, head: TrialResult | null, base: TrialResult | null, scale: number): string | null {
  const headChecks = head?.checks ?? [];
  const baseChecks = base?.checks ?? [];
  const primary = headChecks.length > 0 ? headChecks : baseChecks;
  if (primary.length === 0) return null;
  const other = (check: CheckResult, i: number, list: CheckResult[]): CheckResult | undefined =>
    list[i]?.label === check.label ? list[i] : list.find((c) => c.label === check.label);
  const maxRows = Math.max(1, Math.floor(ctx.limits.checkRows / scale));
  const rows = primary.slice(0, maxRows).map((check, i) => {
    const headCheck = headChecks.length > 0 ? check : undefined;
    const baseCheck = headChecks.length > 0 ? other(check, i, baseChecks) : check;
    return [ctx.r.inlineCode(check.label, 120), checkCell(baseCheck), checkCell(headCheck), checkReason(ctx, check, scale)];
  });
  if (primary.length > maxRows) rows.push(['…', '', '', `${plural(primary.length - maxRows, 'more check')}`]);
  return table(['Check', 'Base', 'Head', 'Reason'], ['---', '---', '---', '---'], rows);
}

function usageCell(step: Step): string {
  if (!step.usage) return '—';
  const cached = step.usage.cachedTokens > 0 ? ` (${formatCount(step.usage.cachedTokens)} cached)` : '';
  return `${formatCount(step.usage.inputTokens)} in${cached} · ${formatCount(step.usage.outputTokens)} out`;
}

function stepRow(ctx: Context, step: Step, index: number): string[] {
  const { r } = ctx;
  const name =
    r.inlineCode(step.name, 80) +
    (step.model ? ` (${r.inlineText(step.model, 60)})` : '') +
    (step.error ? ` ⚠️ ${r.inlineText(step.error, 200)}` : '');
  const cost = step.costUsd === undefined ? '—' : step.costUsd === null ? 'unknown' : formatUsd(step.costUsd);
  const latency = step.latencyMs === undefined ? '—' : formatMs(step.latencyMs);
  return [String(index + 1), step.type, name, stepValue(ctx, step.input), stepValue(ctx, step.output), usageCell(step), cost, latency];
}

/** A step's arguments or result on one line, cut to the limit with the full size noted. */
function stepValue(ctx: Context, value: unknown): string {
  if (value === undefined) return '—';
  const raw = compactJson(value);
  const max = ctx.limits.stepValue;
  return ctx.r.inlineText(raw, max) + (raw.length > max ? ` _(${formatSize(bytes(raw))})_` : '');
}

/** `— 3 steps, 1,234 tokens, $0.0012, 850 ms`: what follows a trace's bold name. */
function traceFacts(trial: TrialResult): string {
  const tokens = trial.usage.inputTokens + trial.usage.outputTokens;
  const cost = trial.costUsd === null ? 'unknown cost' : formatUsd(trial.costUsd);
  return `— ${plural(trial.steps.length, 'step')}, ${formatCount(tokens)} tokens, ${cost}, ${formatMs(trial.latencyMs)}`;
}

function traceTable(ctx: Context, trial: TrialResult): string {
  const max = ctx.limits.stepRows;
  const rows = trial.steps.slice(0, max).map((step, i) => stepRow(ctx, step, i));
  if (trial.steps.length > max) rows.push(['…', '', `${plural(trial.steps.length - max, 'more step')}`, '', '', '', '', '']);
  return table(['#', 'Type', 'Name', 'Arguments', 'Result', 'Tokens', 'Cost', 'Latency'], ['---:', '---', '---', '---', '---', '---:', '---:', '---:'], rows);
}

/**
 * The head trial's steps, then the base trial's folded away: what the agent did differently is
 * often the answer to why the case regressed, and the head trace is what the reader looks at first.
 */
function traceSections(ctx: Context, head: TrialResult, base: TrialResult | null): string[] {
  const out: string[] = [];
  if (head.steps.length > 0) out.push(`**Trace (head)** ${traceFacts(head)}\n\n${traceTable(ctx, head)}`);
  if (base && base.steps.length > 0) {
    out.push(`<details>\n<summary>Trace (base) ${traceFacts(base)}</summary>\n\n${traceTable(ctx, base)}\n\n</details>`);
  }
  return out;
}

function errorSections(ctx: Context, c: CaseComparison, scale: number): string[] {
  const { r, limits } = ctx;
  const out: string[] = [];
  for (const [side, result] of [['Head', c.head], ['Base', c.base]] as const) {
    const error = result?.trials.find((t) => t.error !== undefined)?.error;
    if (!error) continue;
    out.push(
      `**${side} error** (${r.inlineCode(error.kind, 40)}): ${r.inlineText(error.message, Math.floor(limits.errorMessage / scale))}`,
    );
    if (error.stderr) {
      out.push(`stderr (tail):\n\n${r.codeBlock(error.stderr, { lang: 'text', maxLen: Math.floor(limits.stderr / scale), keep: 'end' })}`);
    }
  }
  return out;
}

function trialsLine(c: CaseComparison, shown: TrialResult | null): string | null {
  const trials = c.head.trials;
  if (trials.length <= 1) return null;
  const marks = trials.map((t) => (t.status === 'pass' ? '✅' : t.status === 'fail' ? '❌' : '⚠️')).join(' ');
  const passed = trials.filter((t) => t.status === 'pass').length;
  const which = shown ? `; showing trial ${shown.trial + 1}` : '';
  return `Head trials: ${marks} (${passed} of ${trials.length} passed${which}).`;
}

/** One failing case in `<details>`; `scale` > 1 shrinks every cap (compact form, no trace or base output). */
function caseDetails(ctx: Context, c: CaseComparison, scale: number): string {
  const { r, limits } = ctx;
  const compact = scale > 1;
  const headTrial = representativeTrial(c.head, c.class === 'error' ? 'error' : 'fail');
  const baseTrial = matchingTrial(c.base, headTrial);
  const reason = shortReason(c);
  const summary =
    `<b>${CLASS_LABELS[c.class]}</b> · <code>${r.htmlText(c.id, 100)}</code> · ${scoreChange(c)}` +
    (reason ? ` · ${r.htmlText(reason, 120)}` : '');
  const parts: string[] = [];
  const meta = [
    c.tags.length > 0 ? `Tags: ${capped(c.tags, 10, (t) => r.inlineCode(t, 40), (n) => `${n} more`).join(', ')}` : null,
    trialsLine(c, headTrial),
  ].filter((s): s is string => s !== null);
  if (meta.length > 0) parts.push(meta.join(' · '));
  parts.push('**Input**', valueBlock(r, c.head.input, Math.floor(limits.input / scale)));
  if (c.head.expected !== undefined) {
    parts.push('**Expected**', valueBlock(r, c.head.expected, Math.floor(limits.input / scale)));
  }
  parts.push('**Head output**', trialOutput(r, headTrial, c.head, Math.floor(limits.output / scale)));
  if (!compact) parts.push('**Base output**', trialOutput(r, baseTrial, c.base, limits.output));
  const checks = checksTable(ctx, headTrial, baseTrial, scale);
  if (checks) parts.push(checks);
  parts.push(...errorSections(ctx, c, scale));
  if (headTrial && baseTrial) {
    const moved = describeToolUseDiff(toolUseDiff(baseTrial.steps, headTrial.steps), (name) => r.inlineCode(name, 60));
    if (moved) parts.push(`**Tool use vs base:** ${moved}`);
  }
  if (!compact && headTrial) parts.push(...traceSections(ctx, headTrial, baseTrial));
  return `<details>\n<summary>${summary}</summary>\n\n${parts.join('\n\n')}\n\n</details>`;
}

function caseLine(r: Renderer, c: CaseComparison): string {
  const reason = shortReason(c);
  return `- **${CLASS_LABELS[c.class]}** ${r.inlineCode(c.id, 100)} — ${scoreChange(c)}${reason ? ` — ${r.inlineText(reason, 160)}` : ''}`;
}

function moreCasesLine(n: number, elsewhere: string): string {
  return `…and ${plural(n, 'more case')} — see ${elsewhere}.`;
}

function fixedSection(ctx: Context): string | null {
  const { r, limits } = ctx;
  const lines: string[] = [];
  for (const cls of ['fixed', 'new-passing'] as const) {
    const ids = ctx.input.comparison.cases.filter((c) => c.class === cls).map((c) => c.id);
    if (ids.length === 0) continue;
    const list = capped(ids, limits.fixedIds, (id) => r.inlineCode(id, 100), (n) => `…and ${formatCount(n)} more`);
    lines.push(`**${cls === 'fixed' ? 'Fixed' : 'New passing'}:** ${list.join(', ')}`);
  }
  return lines.length > 0 ? lines.join('\\\n') : null;
}

function footer(ctx: Context): string {
  const { input, r, permission } = ctx;
  const cmp = input.comparison;
  const { sample } = cmp;
  const first = [
    `${sampleText(sample)}, seed ${sample.seed}, ${plural(sample.trials, 'trial')}`,
    `base ${commitText(r, cmp.base?.commit ?? null)} → head ${commitText(r, cmp.head.commit)}`,
    `eval spend ${cmp.spend.total === null ? 'unknown' : formatUsd(cmp.spend.total)}`,
  ];
  if (input.runUrl !== null && SAFE_URL.test(input.runUrl)) first.push(`[workflow run](${input.runUrl})`);
  const lines = [first.join(' · ')];
  if (sample.cut) {
    lines.push(
      `⚠️ The sample was cut: ${formatCount(sample.cut.completed)} of ${formatCount(sample.cut.planned)} planned cases ran ` +
        `(${r.inlineMarkdown(sample.cut.reason, 200)}).`,
    );
  }
  if (cmp.baselineNote) lines.push(`Baseline: ${r.inlineMarkdown(cmp.baselineNote, 300)}`);
  if (input.decision === 'fail') {
    lines.push(approveHint(r, input.approveLabel, permission));
  }
  return ['---', lines.join('\\\n')].join('\n\n');
}

/** Adds blocks while they fit; the `\n\n` between blocks counts. */
class Room {
  used: number;
  constructor(
    private readonly measure: (text: string) => number,
    private readonly budget: number,
    reserved: number,
  ) {
    this.used = reserved;
  }
  left(): number {
    return this.budget - this.used;
  }
  fits(text: string, extra = 0): boolean {
    return this.used + 2 + this.measure(text) + extra <= this.budget;
  }
  take(text: string): void {
    this.used += 2 + this.measure(text);
  }
}

function failingSection(ctx: Context, profile: Profile, room: Room): string[] {
  const failing = prioritiseFailing(ctx.input.comparison.cases);
  if (failing.length === 0) return [];
  const { measure } = profile;
  const reserve = 2 + measure(moreCasesLine(failing.length, profile.elsewhere));
  const blocks: string[] = [];
  const heading = '### Failing cases';
  if (!room.fits(heading, reserve)) {
    const line = moreCasesLine(failing.length, profile.elsewhere);
    room.take(line);
    return [line];
  }
  room.take(heading);
  blocks.push(heading);
  const linesHeading = '**Not shown in full:**';
  const lineSizes = failing.map((c) => measure(caseLine(ctx.r, c)) + 1);
  // Keep room for the next cases' one-liners, so a reader sees their ids, not just a count.
  const linesReserve = (from: number): number =>
    from >= failing.length
      ? 0
      : 2 + measure(linesHeading) + lineSizes.slice(from, from + LINES_RESERVED).reduce((a, b) => a + b, 0);
  let i = 0;
  for (; i < failing.length; i++) {
    const extra = reserve + linesReserve(i + 1);
    const full = caseDetails(ctx, failing[i], 1);
    const block = room.fits(full, extra) ? full : caseDetails(ctx, failing[i], COMPACT_SCALE);
    if (!room.fits(block, extra)) break;
    room.take(block);
    blocks.push(block);
  }
  const lines: string[] = [];
  let linesSize = measure(linesHeading) + 1; // heading plus its newline
  for (; i < failing.length; i++) {
    const line = caseLine(ctx.r, failing[i]);
    if (room.used + 2 + linesSize + measure(line) + 1 + reserve > profile.budget) break;
    lines.push(line);
    linesSize += measure(line) + 1;
  }
  if (lines.length > 0) {
    const block = [linesHeading, ...lines].join('\n');
    room.take(block);
    blocks.push(block);
  }
  if (i < failing.length) blocks.push(moreCasesLine(failing.length - i, profile.elsewhere));
  return blocks;
}

function assemble(ctx: Context, profile: Profile): string {
  const { measure, budget, limits } = profile;
  const attempts = [
    () => header(ctx, limits.reasons, true),
    () => header(ctx, 3, false),
  ];
  const counts = countsSection(ctx);
  const foot = footer(ctx);
  for (const makeHeader of attempts) {
    const required = [makeHeader(), metricsSection(ctx), counts, foot];
    // Separators between blocks, minus the first one, plus the final newline.
    const requiredSize = required.reduce((sum, s) => sum + measure(s) + 2, -1);
    if (requiredSize > budget) continue;
    const room = new Room(measure, budget, requiredSize);
    const optional = (make: (space: number) => string | null, share: number): string | null => {
      const block = make(Math.min(room.left() - 2, Math.floor(budget * share)));
      if (block === null || !room.fits(block)) return null;
      room.take(block);
      return block;
    };
    const tags = optional((space) => tagsSection(ctx, space, measure), limits.tagShare);
    const files = optional((space) => filesSection(ctx, space, measure), limits.filesShare);
    const failing = failingSection(ctx, profile, room);
    const fixed = optional(() => fixedSection(ctx), 1);
    const blocks = [required[0], required[1], tags, files, counts, ...failing, fixed, foot].filter(
      (b): b is string => b !== null,
    );
    const text = blocks.join('\n\n') + '\n';
    if (measure(text) <= budget) return text;
  }
  return minimal(ctx, profile);
}

function minimal(ctx: Context, profile: Profile): string {
  const { input, r } = ctx;
  return (
    `${titleLine(r, badge(input), input.comparison.suiteName)}\n\n` +
    `The report is too large for this space; see ${profile.elsewhere}.\n`
  );
}

function context(input: ReportInput, options: RenderOptions, limits: Limits): Context {
  return { input, r: createRenderer(input.redact), limits, permission: options.approvePermission ?? 'write' };
}

/**
 * The PR comment (without the hidden marker): verdict first, then metrics, tags, changed files,
 * failing cases in priority order while they fit, and the footer. Never longer than `budget`
 * characters; what does not fit is summarized and left to the job summary and JSON report.
 */
export function renderComment(input: ReportInput, options: CommentOptions = {}): string {
  const budget = options.budget ?? COMMENT_BUDGET;
  if (budget < MIN_COMMENT_BUDGET) {
    throw new RangeError(`comment budget must be at least ${MIN_COMMENT_BUDGET} characters, got ${budget}`);
  }
  const profile: Profile = {
    budget,
    measure: chars,
    limits: COMMENT_LIMITS,
    elsewhere: 'the job summary and evalgate-report.json',
  };
  return assemble(context(input, options, COMMENT_LIMITS), profile);
}

/** The full report for GITHUB_STEP_SUMMARY: every failing case, within a 1 MiB safety limit. */
export function renderSummary(input: ReportInput, options: RenderOptions = {}): string {
  const profile: Profile = {
    budget: SUMMARY_LIMIT_BYTES,
    measure: bytes,
    limits: SUMMARY_LIMITS,
    elsewhere: 'evalgate-report.json',
  };
  return assemble(context(input, options, SUMMARY_LIMITS), profile);
}

/** Outcomes without a comparison. */
export type NoticeKind = 'not-applicable' | 'skipped' | 'error';

export interface NoticeArgs {
  suiteName: string;
  message: string;
  details?: string[];
  /** The run's redaction policy. */
  redact: Redactor;
}

const NOTICE_BADGES: Record<NoticeKind, string> = {
  'not-applicable': BADGES['not-applicable'],
  skipped: BADGES.skipped,
  error: BADGES.error,
};

/** Max detail lines in a notice, so a long error list cannot blow the comment budget. */
const NOTICE_DETAILS = 20;

/** A comment or summary for a run without a comparison (not applicable, skipped, error). */
export function renderNotice(kind: NoticeKind, args: NoticeArgs, options: RenderOptions = {}): string {
  const r = createRenderer(args.redact);
  const parts = [titleLine(r, NOTICE_BADGES[kind], args.suiteName), r.inlineMarkdown(args.message, 2_000)];
  const details = args.details ?? [];
  if (details.length > 0) {
    parts.push(bulletList(capped(details, NOTICE_DETAILS, (d) => r.inlineMarkdown(d, 500), (n) => `…and ${n} more`)));
  }
  return parts.join('\n\n') + '\n';
}

export interface HeaderUpdate {
  decision: FinalDecision;
  approval: ApprovalRecord | null;
  approveLabel: string;
  suiteName: string;
  /** The run's redaction policy. */
  redact: Redactor;
}

const TITLE = /^\*\*EvalGate: [^\n]*?\*\* — suite /;
const METRICS_HEAD = '\n| Metric | Base | Head |';
const FOOTER_RULE = '\n\n---\n\n';

/**
 * Re-decides an already posted comment (label events): swaps the verdict badge, the approval
 * line and the how-to-approve hint, and keeps everything else — no model call needed. A leading
 * `<!-- evalgate:` marker line is dropped (the sticky module writes a fresh one). Only the header
 * (before the metrics table) and the footer (after the last rule) are searched, where untrusted
 * text is always escaped and single-line, so planted lines in outputs cannot be mistaken for ours.
 */
export function replaceHeader(body: string, update: HeaderUpdate, options: RenderOptions = {}): string {
  const r = createRenderer(update.redact);
  const permission = options.approvePermission ?? 'write';
  const text = body.replace(/\r\n/g, '\n').replace(/^<!-- evalgate:[^\n]*\n/, '');
  const metricsAt = text.indexOf(METRICS_HEAD);
  const headEnd = metricsAt === -1 ? text.length : metricsAt;
  const footerAt = text.lastIndexOf(FOOTER_RULE);
  const head = text.slice(0, headEnd);
  const middle = footerAt > headEnd ? text.slice(headEnd, footerAt + FOOTER_RULE.length) : text.slice(headEnd);
  const foot = footerAt > headEnd ? text.slice(footerAt + FOOTER_RULE.length) : null;

  const oldTitle = head.split('\n', 1)[0];
  const wasRegression = /regression\*\*/.test(oldTitle);
  const badgeText = update.decision === 'fail' && wasRegression ? '❌ regression' : BADGES[update.decision];
  const title = TITLE.test(oldTitle)
    ? oldTitle.replace(/^\*\*EvalGate: [^\n]*?\*\*/, `**EvalGate: ${badgeText}**`)
    : titleLine(r, badgeText, update.suiteName);
  const blocks = head
    .slice(oldTitle.length)
    .split('\n\n')
    .filter((b) => b.trim() !== '' && !b.startsWith(APPROVED_PREFIX) && !b.startsWith(IGNORED_PREFIX));
  const approval = approvalLine(r, update.approveLabel, update.approval);
  const newHead = [title, ...blocks.map((b) => b.trim()), ...(approval ? [approval] : [])].join('\n\n') + '\n';

  let newFoot = foot;
  if (foot !== null) {
    const lines = foot.replace(/\n+$/, '').split('\\\n').filter((l) => !l.startsWith(APPROVE_HINT_PREFIX));
    if (update.decision === 'fail') lines.push(approveHint(r, update.approveLabel, permission));
    newFoot = lines.join('\\\n') + '\n';
  }
  const rest = metricsAt === -1 ? '' : middle.replace(/^\n+/, '\n');
  return newFoot === null ? newHead + rest : newHead + rest + newFoot;
}
