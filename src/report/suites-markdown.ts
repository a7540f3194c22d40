import { worstFirst } from '../compare/worst.js';
import { COMMENT_BUDGET, MIN_COMMENT_BUDGET, renderComment, renderNotice, renderSummary, SUMMARY_LIMIT_BYTES, type RenderOptions } from './markdown.js';
import type { Redactor } from './redact.js';
import type { SuiteReport } from './suite-report.js';
import type { FinalDecision } from './types.js';
import { createRenderer, type Renderer } from './untrusted.js';
import { DECISION_WORDS as LABEL, HEADLINE_PREFIX } from './comment/headline.js';
import { pts } from '../util/numbers.js';
import { markedDelta } from './comment/metrics.js';

const SAFE_URL = /^https?:\/\/[^\s()<>[\]"'`]+$/;
const RULE = '\n\n---\n\n';
/** Room kept for each later suite's one-line pointer while an earlier section is being fitted. */
const POINTER_RESERVE = 240;

export interface SuitesRenderArgs {
  /** The run's decision: the worst suite's. */
  decision: FinalDecision;
  /** Redacts the overview (suite names and paths); each section uses its own suite's policy. */
  redact: Redactor;
  runUrl: string | null;
  options?: RenderOptions;
  /** Maximum characters of the comment; default COMMENT_BUDGET. */
  budget?: number;
}

const known = (x: number | null | undefined): x is number => x !== null && x !== undefined && Number.isFinite(x);

/** In the unit of each suite's own metrics table (`99.6`, `🔴 −9.4 pts`), so the two read alike. */
function points(x: number | null | undefined): string {
  return known(x) ? pts(x) : '—';
}

function change(delta: number | null | undefined): string {
  return known(delta) ? markedDelta('score', 'higher', { delta, relative: null }) : '—';
}

/** The overview: the run's decision, then one row per suite (worst first). */
function overview(r: Renderer, suites: readonly SuiteReport[], args: SuitesRenderArgs): string {
  const counts = new Map<FinalDecision, number>();
  for (const s of suites) counts.set(s.decision, (counts.get(s.decision) ?? 0) + 1);
  // In the decision output's own words, so a reader can match them with the `suites` output.
  const tally = [...counts].map(([d, n]) => `${n} ${d}`).join(', ');
  const rows = suites.map((s) => {
    const m = s.report?.comparison.metrics.score;
    const regressions = s.report ? String(s.report.comparison.counts.regressed) : '—';
    return `| ${r.inlineCode(s.name, 100)} | ${LABEL[s.decision]} | ${points(m?.base)} → ${points(m?.head)} | ${change(m?.delta)} | ${regressions} |`;
  });
  const notApplicable = suites.filter((s) => s.decision === 'not-applicable');
  return [
    `${HEADLINE_PREFIX}${LABEL[args.decision]} — ${suites.length} suites: ${tally}`,
    `<sub>EvalGate · the worst suite decides${args.runUrl !== null && SAFE_URL.test(args.runUrl) ? ` · [workflow run](${args.runUrl})` : ''}</sub>`,
    ['| Suite | Decision | Score (pts) base → head | Change | Regressed cases |', '|---|---|---|---|---|', ...rows].join('\n'),
    ...(notApplicable.length > 0
      ? [
          `Not applicable: no file ${notApplicable.length === 1 ? 'this suite watches or references' : 'these suites watch or reference'} changed, and no model was called for ${notApplicable.length === 1 ? 'it' : 'them'} (${notApplicable.map((s) => r.inlineCode(s.name, 100)).join(', ')}).`,
        ]
      : []),
  ].join('\n\n');
}

/** A suite that was not compared (error, skipped): its notice, in its own section. */
function notice(s: SuiteReport, redact: Redactor, options: RenderOptions): string {
  const kind = s.decision === 'skipped' ? 'skipped' : 'error';
  return renderNotice(kind, { suiteName: s.name, message: s.message ?? '', redact }, options).trimEnd();
}

function pointer(r: Renderer, s: SuiteReport, runUrl: string | null): string {
  const where = runUrl !== null && SAFE_URL.test(runUrl) ? `the [job summary](${runUrl})` : 'the job summary';
  return `**${LABEL[s.decision]}** — suite ${r.inlineCode(s.name, 100)}: the details do not fit in this comment; see ${where}.`;
}

/**
 * The one PR comment of a run of several suites: the overview, then a section per evaluated suite,
 * worst decision first, each the single-suite comment fitted into what room is left. A section
 * that does not fit is one line pointing to the job summary. Never longer than the budget.
 */
export function renderSuitesComment(suites: readonly SuiteReport[], args: SuitesRenderArgs): string {
  const budget = args.budget ?? COMMENT_BUDGET;
  const r = createRenderer(args.redact);
  const ordered = worstFirst(suites, (s) => s.decision);
  const sections = ordered.filter((s) => s.decision !== 'not-applicable');
  let body = overview(r, ordered, args);
  const options = args.options ?? {};
  for (const [i, s] of sections.entries()) {
    const later = sections.length - i - 1;
    const room = budget - body.length - RULE.length - Math.min(later * POINTER_RESERVE, Math.floor(budget / 2));
    let part: string;
    if (s.report === null) part = notice(s, args.redact, options);
    else part = room >= MIN_COMMENT_BUDGET ? renderComment(s.report, { ...options, budget: room }).trimEnd() : pointer(r, s, args.runUrl);
    if (part.length > room) part = pointer(r, s, args.runUrl);
    if (body.length + RULE.length + part.length > budget) {
      const rest = `…and ${sections.length - i} more suites: see the job summary.`;
      if (body.length + RULE.length + rest.length <= budget) body += RULE + rest;
      break;
    }
    body += RULE + part;
  }
  return `${body}\n`;
}

/**
 * The job summary of a run of several suites: the overview and every suite's full report (worst
 * first), within the step summary's size limit; a report that does not fit is named with the file
 * it was written to.
 */
export function renderSuitesSummary(suites: readonly SuiteReport[], args: SuitesRenderArgs): string {
  const r = createRenderer(args.redact);
  const ordered = worstFirst(suites, (s) => s.decision);
  let body = overview(r, ordered, args);
  const bytes = (t: string) => Buffer.byteLength(t, 'utf8');
  const options = args.options ?? {};
  for (const s of ordered.filter((x) => x.decision !== 'not-applicable')) {
    const part = s.report === null ? notice(s, args.redact, options) : renderSummary(s.report, options).trimEnd();
    const fits = bytes(body) + bytes(RULE) + bytes(part) <= SUMMARY_LIMIT_BYTES - 4_096;
    const where = s.dir === null ? 'its evalgate-report.md' : `${s.dir}/evalgate-report.md in the results`;
    body +=
      RULE + (fits ? part : `**${LABEL[s.decision]}** — suite ${r.inlineCode(s.name, 100)}: too large for the job summary; see ${r.inlineCode(where, 300)}.`);
  }
  return `${body}\n`;
}
