import type { CaseComparison } from '../../compare/types.js';
import type { CaseResult, CheckResult, TrialResult } from '../../results/schema.js';
import { count, signedPts } from '../../util/numbers.js';
import { checkSummary, CLASS_LABELS, matchingTrial, prioritiseMustPassFirst, representativeTrial, shortReason } from '../cases.js';
import { formatValue, plural } from '../format.js';
import { describeToolUseDiff, toolUseDiff } from '../tool-diff.js';
import type { Renderer } from '../untrusted.js';
import { similarity, wordDiff } from '../word-diff.js';
import type { Profile, Room } from './budget.js';
import { capped, table, type Context } from './context.js';
import { traceSections } from './traces.js';

/** One-liners kept in reserve while failing cases are rendered in full. */
const LINES_RESERVED = 30;
/** Compact case rendering, tried when the full one no longer fits. */
const COMPACT_SCALE = 4;
/** Below this share of words in common a word diff is mostly strike-through: show the sides apart. */
const WORD_DIFF_MIN_SIMILARITY = 0.5;
const MUST_PASS_MARK = '🚫 must pass';
/** A folded case stays one line on a PR page: its reason is cut, and given whole inside. */
const SUMMARY_REASON_MAX = 60;

/** `97.5 → 52.5 (−45 pts)`. */
function scoreChange(c: CaseComparison): string {
  const base = c.base ? formatValue('score', c.base.score) : 'new';
  const head = formatValue('score', c.head.score);
  if (c.delta !== null) return `${base} → ${head} (${signedPts(c.delta)} pts)`;
  return c.head.score === null ? `${base} → ${head}` : `${base} → ${head} pts`;
}

function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** JSON text, parsed; null for prose. */
function asJson(text: string): unknown {
  const trimmed = text.trim();
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return null;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return null;
  }
}

function jsonBlock(r: Renderer, value: unknown, maxLen: number): string {
  return r.codeBlock(prettyJson(value), { lang: 'json', maxLen });
}

/** A case input: `question: …` lines for flat text inputs, JSON otherwise. */
function inputBlock(r: Renderer, input: unknown, maxLen: number): string {
  if (typeof input === 'string') return `**Input:** ${r.proseText(input, maxLen)}`;
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const entries = Object.entries(input as Record<string, unknown>);
    if (entries.length > 0 && entries.length <= 5 && entries.every(([, v]) => typeof v === 'string')) {
      const each = Math.floor(maxLen / entries.length);
      const lines = entries.map(([k, v]) => `${r.inlineCode(k, 40)}: ${r.proseText(v as string, each)}`);
      return lines.length === 1 ? `**Input** ${lines[0]}` : `**Input**\n\n${lines.map((l) => `- ${l}`).join('\n')}`;
    }
  }
  return `**Input**\n\n${jsonBlock(r, input, maxLen)}`;
}

function expectedBlock(r: Renderer, expected: unknown, maxLen: number): string {
  return typeof expected === 'string' ? `**Expected:** ${r.proseText(expected, maxLen)}` : `**Expected**\n\n${jsonBlock(r, expected, maxLen)}`;
}

function missingOutput(trial: TrialResult | null, result: CaseResult | null): string | null {
  if (result === null) return '_No base result: the case is new._';
  if (trial === null) return '_No trials ran._';
  if (trial.output === null) return `_No output (${trial.status})._`;
  return null;
}

/** Prose of one diff part; whitespace between parts is kept as a space or a line break. */
function diffText(r: Renderer, text: string, mark: string): string {
  const lead = /^\s*/.exec(text)![0];
  const body = text.slice(lead.length);
  const gap = lead === '' ? '' : lead.includes('\n') ? '<br>' : ' ';
  return `${gap}${mark}${r.proseText(body)}${mark}`;
}

/**
 * Head's output against base's: a word diff when they share most words (~~base only~~,
 * **head only**), otherwise the two side by side. Prose wraps; JSON stays a code block.
 */
function outputsBlock(ctx: Context, head: TrialResult | null, base: TrialResult | null, c: CaseComparison, maxLen: number, compact: boolean): string {
  const { r } = ctx;
  const headMissing = missingOutput(head, c.head);
  const baseMissing = compact ? '' : missingOutput(base, c.base);
  const headText = head?.output ?? null;
  const baseText = base?.output ?? null;
  if (headText !== null && (asJson(headText) !== null || (baseText !== null && asJson(baseText) !== null))) {
    const parts = [`**Head output**\n\n${jsonBlock(r, asJson(headText) ?? headText, maxLen)}`];
    if (!compact) parts.push(baseText === null ? `**Base output** ${baseMissing}` : `**Base output**\n\n${jsonBlock(r, asJson(baseText) ?? baseText, maxLen)}`);
    return parts.join('\n\n');
  }
  if (headText === null || baseText === null || compact) {
    const headLine = headText === null ? headMissing : r.proseText(headText, maxLen);
    const lines = [`**Head output**\n\n> ${headLine}`];
    if (!compact) lines.push(baseText === null ? `**Base output:** ${baseMissing}` : `**Base output**\n\n> ${r.proseText(baseText, maxLen)}`);
    return lines.join('\n\n');
  }
  // Redacted before the diff: a secret split across diff parts would escape the patterns.
  const cut = (t: string): string => r.redact(t).slice(0, maxLen);
  const parts = wordDiff(cut(baseText), cut(headText));
  if (parts !== null && similarity(parts) >= WORD_DIFF_MIN_SIMILARITY) {
    const text = parts.map((p) => diffText(r, p.text, p.kind === 'same' ? '' : p.kind === 'removed' ? '~~' : '**')).join('');
    return `**Output** — changed from base: ~~removed~~ **added**\n\n> ${text}`;
  }
  return table(['Head output', 'Base output'], ['l', 'l'], [[r.proseText(headText, maxLen), r.proseText(baseText, maxLen)]]);
}

function mark(check: CheckResult | undefined): string {
  if (!check) return '—';
  const fraction = check.score > 0 && check.score < 1 ? ` ${check.score.toFixed(2)}` : '';
  return `${check.pass ? '✅' : '❌'}${fraction}`;
}

function checkLine(ctx: Context, head: CheckResult | undefined, base: CheckResult | undefined, scale: number): string {
  const { r, limits } = ctx;
  const check = head ?? base!;
  const marks = base && head ? `${mark(base)} → ${mark(head)}` : head ? mark(head) : `${mark(base)} (base only)`;
  // The judge's reasoning is its reason: shown once, whole (within the limit).
  const summary = checkSummary(check);
  const labelled = `${check.label}: `;
  const max = Math.floor(limits.reason / scale);
  const reason = check.judge
    ? `judge: ${r.inlineText(check.judge.reasoning, Math.floor(limits.judgeReasoning / scale))}`
    : summary.startsWith(labelled)
      ? `${r.inlineCode(check.label, 120)}: ${r.inlineText(summary.slice(labelled.length), max)}`
      : r.inlineText(summary, max);
  let text = `${marks} ${reason}`;
  if (check.violations && check.violations.length > 0) {
    const calls = capped(
      check.violations,
      5,
      (v) => `${r.inlineCode(v.name, 60)} ${v.input === undefined ? '' : r.inlineText(JSON.stringify(v.input) ?? '', 120)}`.trim(),
      (n) => `${n} more`,
    );
    text += ` — outside \`allowed\`: ${calls.join('; ')}`;
  }
  return `- ${text}`;
}

/** Checks that fail at head or changed since base, one reason each; the rest are counted. */
function checksBlock(ctx: Context, head: TrialResult | null, base: TrialResult | null, scale: number): string | null {
  const headChecks = head?.checks ?? [];
  const baseChecks = base?.checks ?? [];
  const primary = headChecks.length > 0 ? headChecks : baseChecks;
  if (primary.length === 0) return null;
  const other = (check: CheckResult, i: number): CheckResult | undefined =>
    baseChecks[i]?.label === check.label ? baseChecks[i] : baseChecks.find((c) => c.label === check.label);
  const pairs = primary.map((check, i) => (headChecks.length > 0 ? { head: check, base: other(check, i) } : { head: undefined, base: check }));
  const shown = pairs.filter(({ head: h, base: b }) => !h || !h.pass || (b !== undefined && (b.pass !== h.pass || Math.abs(b.score - h.score) > 1e-9)));
  const maxRows = Math.max(1, Math.floor(ctx.limits.checkRows / scale));
  const lines = shown.slice(0, maxRows).map((p) => checkLine(ctx, p.head, p.base, scale));
  if (shown.length > maxRows) lines.push(`- …${plural(shown.length - maxRows, 'more check')}`);
  const rest = pairs.length - shown.length;
  const restText = rest > 0 ? ` (${plural(rest, 'other check')} ${rest === 1 ? 'passes' : 'pass'} on both sides)` : '';
  return `**Checks** base → head${restText}\n\n${lines.join('\n')}`;
}

function errorSections(ctx: Context, c: CaseComparison, scale: number): string[] {
  const { r, limits } = ctx;
  const out: string[] = [];
  for (const [side, result] of [
    ['Head', c.head],
    ['Base', c.base],
  ] as const) {
    const error = result?.trials.find((t) => t.error !== undefined)?.error;
    if (!error) continue;
    out.push(`**${side} error** (${r.inlineCode(error.kind, 40)}): ${r.inlineText(error.message, Math.floor(limits.errorMessage / scale))}`);
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
function caseDetails(ctx: Context, c: CaseComparison, scale: number, mustPass: boolean): string {
  const { r, limits } = ctx;
  const compact = scale > 1;
  const headTrial = representativeTrial(c.head, c.class === 'error' ? 'error' : 'fail');
  const baseTrial = matchingTrial(c.base, headTrial);
  const reason = shortReason(c);
  const summary =
    `${mustPass ? `${MUST_PASS_MARK} · ` : ''}<b>${CLASS_LABELS[c.class]}</b> · <code>${r.htmlText(c.id, 100)}</code> · ${scoreChange(c)}` +
    (reason ? ` · ${r.htmlText(reason, SUMMARY_REASON_MAX)}` : '');
  const parts: string[] = [];
  const meta = [
    c.tags.length > 0
      ? `Tags: ${capped(
          c.tags,
          10,
          (t) => r.inlineCode(t, 40),
          (n) => `${n} more`,
        ).join(', ')}`
      : null,
    trialsLine(c, headTrial),
  ].filter((s): s is string => s !== null);
  if (meta.length > 0) parts.push(meta.join(' · '));
  parts.push(inputBlock(r, c.head.input, Math.floor(limits.input / scale)));
  if (c.head.expected !== undefined) parts.push(expectedBlock(r, c.head.expected, Math.floor(limits.input / scale)));
  parts.push(outputsBlock(ctx, headTrial, baseTrial, c, Math.floor(limits.output / scale), compact));
  const checks = checksBlock(ctx, headTrial, baseTrial, scale);
  if (checks) parts.push(checks);
  parts.push(...errorSections(ctx, c, scale));
  if (headTrial && baseTrial) {
    const moved = describeToolUseDiff(toolUseDiff(baseTrial.steps, headTrial.steps), (name) => r.inlineCode(name, 60));
    if (moved) parts.push(`**Tool use vs base:** ${moved}`);
  }
  if (!compact && headTrial) parts.push(...traceSections(ctx, headTrial, baseTrial));
  return `<details>\n<summary>${summary}</summary>\n\n${parts.join('\n\n')}\n\n</details>`;
}

function caseLine(r: Renderer, c: CaseComparison, mustPass: boolean): string {
  const reason = shortReason(c);
  const flag = mustPass ? `${MUST_PASS_MARK} · ` : '';
  return `- ${flag}**${CLASS_LABELS[c.class]}** ${r.inlineCode(c.id, 100)} — ${scoreChange(c)}${reason ? ` — ${r.inlineText(reason, 160)}` : ''}`;
}

function moreCasesLine(n: number, elsewhere: string): string {
  return `…and ${plural(n, 'more case')} — see ${elsewhere}.`;
}

/** Failing cases, must-pass ones first, in full while they fit, then one line each, then a count. */
export function failingSection(ctx: Context, profile: Profile, room: Room): string[] {
  const mustPass = new Set(ctx.input.verdict.gates.mustPass);
  const failing = prioritiseMustPassFirst(ctx.input.comparison.cases, ctx.input.verdict.gates.mustPass);
  if (failing.length === 0) return [];
  const { measure } = profile;
  const reserve = 2 + measure(moreCasesLine(failing.length, profile.elsewhere));
  const blocks: string[] = [];
  const heading = `**Failing cases (${count(failing.length)})**`;
  if (!room.fits(heading, reserve)) {
    const line = moreCasesLine(failing.length, profile.elsewhere);
    room.take(line);
    return [line];
  }
  room.take(heading);
  blocks.push(heading);
  const linesHeading = '**Not shown in full:**';
  const lineSizes = failing.map((c) => measure(caseLine(ctx.r, c, mustPass.has(c.id))) + 1);
  // Keep room for the next cases' one-liners, so a reader sees their ids, not just a count.
  const linesReserve = (from: number): number =>
    from >= failing.length ? 0 : 2 + measure(linesHeading) + lineSizes.slice(from, from + LINES_RESERVED).reduce((a, b) => a + b, 0);
  let i = 0;
  for (; i < failing.length; i++) {
    const extra = reserve + linesReserve(i + 1);
    const full = caseDetails(ctx, failing[i], 1, mustPass.has(failing[i].id));
    const block = room.fits(full, extra) ? full : caseDetails(ctx, failing[i], COMPACT_SCALE, mustPass.has(failing[i].id));
    if (!room.fits(block, extra)) break;
    room.take(block);
    blocks.push(block);
  }
  const lines: string[] = [];
  let linesSize = measure(linesHeading) + 1; // heading plus its newline
  for (; i < failing.length; i++) {
    const line = caseLine(ctx.r, failing[i], mustPass.has(failing[i].id));
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

/** Cases this change fixed, by id. */
export function fixedSection(ctx: Context): string | null {
  const { r, limits } = ctx;
  const lines: string[] = [];
  for (const cls of ['fixed', 'new-passing'] as const) {
    const ids = ctx.input.comparison.cases.filter((c) => c.class === cls).map((c) => c.id);
    if (ids.length === 0) continue;
    const list = capped(
      ids,
      limits.fixedIds,
      (id) => r.inlineCode(id, 100),
      (n) => `…and ${count(n)} more`,
    );
    lines.push(`**${cls === 'fixed' ? 'Fixed' : 'New passing'}:** ${list.join(', ')}`);
  }
  return lines.length > 0 ? lines.join('\\\n') : null;
}
