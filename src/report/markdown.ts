/**
 * The PR comment and the job summary, assembled from their parts in src/report/comment/:
 * headline and next steps (headline.ts, next-steps.ts, header.ts), metrics (metrics.ts), failing
 * cases (cases.ts) and their traces (traces.ts), earlier pushes (history.ts), and the label-event
 * rewrite (header-rewrite.ts). This file decides what goes in and in what order within a budget.
 */
import type { FinalDecision, ReportInput } from './types.js';
import { plural, formatCount } from './format.js';
import type { Redactor } from './redact.js';
import { createRenderer, type Renderer } from './untrusted.js';
import { Room, type Profile } from './comment/budget.js';
import { failingSection, fixedSection } from './comment/cases.js';
import { bulletList, bytes, capped, chars, COMMENT_LIMITS, SUMMARY_LIMITS, type Context, type Limits, type RenderOptions } from './comment/context.js';
import type { HeaderFacts } from './comment/facts.js';
import { headerParts, joinHeader } from './comment/header.js';
import { headerFacts, headline } from './comment/headline.js';
import { historySection } from './comment/history.js';
import { metricsSection, tagsSection } from './comment/metrics.js';

export type { ApprovePermission, ApprovalScope, RenderOptions } from './comment/context.js';
export { replaceHeader, type HeaderUpdate } from './comment/header-rewrite.js';
export { headerFacts };
export type { HeaderFacts };

/** Longest comment body we write: the API rejects > 65,536 chars; room is left for the marker. */
export const COMMENT_BUDGET = 60_000;
/** GITHUB_STEP_SUMMARY takes at most 1 MiB per step; stay clearly below it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;
/** Below this even the headline and footer might not fit. */
export const MIN_COMMENT_BUDGET = 2_000;

export interface CommentOptions extends RenderOptions {
  /** Maximum characters; default `COMMENT_BUDGET`. */
  budget?: number;
}

interface Limited extends Profile {
  limits: Limits;
}

/** One file's diff, cut to `diffMax`. */
function changedFile(r: Renderer, file: ReportInput['changedFiles'][number], diffMax: number): string {
  const name = `${r.inlineCode(file.path, 200)} (${file.status})`;
  return file.diff === null ? `${name}: no diff available.` : `${name}\n\n${r.codeBlock(file.diff, { lang: 'diff', maxLen: diffMax })}`;
}

/** The changed prompt, model and agent files, in one fold: one line until a reader opens it. */
function filesSection(ctx: Context, room: number, measure: (s: string) => number): string | null {
  const files = ctx.input.changedFiles;
  if (files.length === 0) return null;
  const { r } = ctx;
  const names = capped(
    files,
    3,
    (f) => `<code>${r.htmlText(f.path, 80)}</code>`,
    (n) => `${n} more`,
  ).join(', ');
  const open = `<details>\n<summary>Changed under evaluation: ${names}</summary>`;
  const close = '</details>';
  const moreLine = (n: number): string => `…and ${plural(n, 'more file')} not shown.`;
  const blocks: string[] = [];
  let used = measure(open) + measure(close) + 4 + measure(moreLine(files.length)) + 2;
  for (const file of files) {
    const full = changedFile(r, file, ctx.limits.diff);
    const block = used + measure(full) + 2 <= room ? full : changedFile(r, file, Math.floor(ctx.limits.diff / 8));
    if (used + measure(block) + 2 > room) break;
    blocks.push(block);
    used += measure(block) + 2;
  }
  if (blocks.length === 0) return null;
  const rest = files.length - blocks.length;
  return [open, ...blocks, ...(rest > 0 ? [moreLine(rest)] : []), close].join('\n\n');
}

/** Notes about the sample and the baseline, under a rule; null when there are none. */
function footer(ctx: Context): string | null {
  const { r } = ctx;
  const cmp = ctx.input.comparison;
  const { sample } = cmp;
  const lines: string[] = [];
  if (sample.cut) {
    lines.push(
      `⚠️ The sample was cut: ${formatCount(sample.cut.completed)} of ${formatCount(sample.cut.planned)} planned cases ran ` +
        `(${r.inlineMarkdown(sample.cut.reason, 200)}).`,
    );
  }
  if (cmp.baselineNote) lines.push(`Baseline: ${r.inlineMarkdown(cmp.baselineNote, 300)}`);
  return lines.length === 0 ? null : ['---', lines.join('\\\n')].join('\n\n');
}

function assemble(ctx: Context, profile: Limited): string {
  const { measure, budget, limits } = profile;
  const facts = headerFacts(ctx.input);
  const attempts = [() => joinHeader(headerParts(ctx, facts, limits.reasons, true)), () => joinHeader(headerParts(ctx, facts, 3, false))];
  const foot = footer(ctx);
  for (const makeHeader of attempts) {
    const required = [makeHeader(), metricsSection(ctx), ...(foot ? [foot] : [])];
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
    const history = optional(() => historySection(ctx.r, ctx.input.history ?? []), 1);
    const tags = optional((space) => tagsSection(ctx, space, measure), limits.tagShare);
    const files = optional((space) => filesSection(ctx, space, measure), limits.filesShare);
    const failing = failingSection(ctx, profile, room);
    const fixed = optional(() => fixedSection(ctx), 1);
    const blocks = [required[0], required[1], tags, files, ...failing, fixed, history, foot].filter((b): b is string => b !== null);
    const text = blocks.join('\n\n') + '\n';
    if (measure(text) <= budget) return text;
  }
  return minimal(ctx, facts, profile);
}

function minimal(ctx: Context, facts: HeaderFacts, profile: Profile): string {
  const { input, r } = ctx;
  return `${headline(r, input.decision, input.verdict.decision, facts.causes)}\n\nThe report is too large for this space; see ${profile.elsewhere}.\n`;
}

function context(input: ReportInput, options: RenderOptions, limits: Limits): Context {
  return {
    input,
    r: createRenderer(input.redact),
    limits,
    permission: options.approvePermission ?? 'write',
    scope: options.approvalScope ?? 'head',
  };
}

/**
 * The PR comment (without the hidden marker): the headline with the decision and its causes,
 * what to do next, the metrics, then folded details — tags, changed files, failing cases in
 * priority order while they fit, earlier pushes — and the footer. Never longer than `budget`
 * characters; what does not fit is summarized and left to the job summary and JSON report.
 */
export function renderComment(input: ReportInput, options: CommentOptions = {}): string {
  const budget = options.budget ?? COMMENT_BUDGET;
  if (budget < MIN_COMMENT_BUDGET) {
    throw new RangeError(`comment budget must be at least ${MIN_COMMENT_BUDGET} characters, got ${budget}`);
  }
  const profile: Limited = { budget, measure: chars, limits: COMMENT_LIMITS, elsewhere: 'the job summary and evalgate-report.json' };
  return assemble(context(input, options, COMMENT_LIMITS), profile);
}

/** The full report for GITHUB_STEP_SUMMARY: every failing case, within a 1 MiB safety limit. */
export function renderSummary(input: ReportInput, options: RenderOptions = {}): string {
  const profile: Limited = { budget: SUMMARY_LIMIT_BYTES, measure: bytes, limits: SUMMARY_LIMITS, elsewhere: 'evalgate-report.json' };
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

/** Max detail lines in a notice, so a long error list cannot blow the comment budget. */
const NOTICE_DETAILS = 20;

/** A comment or summary for a run without a comparison (not applicable, skipped, error). */
export function renderNotice(kind: NoticeKind, args: NoticeArgs, _options: RenderOptions = {}): string {
  const r = createRenderer(args.redact);
  const decision: FinalDecision = kind;
  const parts = [
    `${headline(r, decision, undefined, [])}`,
    `<sub>EvalGate · suite ${r.inlineCode(args.suiteName, 100)}</sub>`,
    r.inlineMarkdown(args.message, 2_000),
  ];
  const details = args.details ?? [];
  if (details.length > 0) {
    parts.push(
      bulletList(
        capped(
          details,
          NOTICE_DETAILS,
          (d) => r.inlineMarkdown(d, 500),
          (n) => `…and ${n} more`,
        ),
      ),
    );
  }
  return parts.join('\n\n') + '\n';
}
