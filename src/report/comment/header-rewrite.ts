import type { Decision } from '../../compare/types.js';
import type { Redactor } from '../redact.js';
import type { ApprovalRecord, FinalDecision } from '../types.js';
import { createRenderer } from '../untrusted.js';
import type { RenderOptions } from './context.js';
import type { HeaderFacts } from './facts.js';
import { approvalLine, APPROVED_PREFIX, CONTEXT_PREFIX, EVIDENCE_PREFIX, IGNORED_PREFIX } from './header.js';
import { HEADLINE_PREFIX, headline } from './headline.js';
import { METRICS_HEAD } from './metrics.js';
import { isNextSteps, nextSteps } from './next-steps.js';

export interface HeaderUpdate {
  decision: FinalDecision;
  approval: ApprovalRecord | null;
  approveLabel: string;
  suiteName: string;
  /** The run's redaction policy. */
  redact: Redactor;
  /** The verdict the comment shows (from the marker state). */
  verdict?: Decision;
  /** The header's facts from the marker state; null for comments written before they were kept. */
  facts?: HeaderFacts | null;
}

const EMPTY_FACTS: HeaderFacts = { causes: [], fix: [], moreFix: 0, command: null };

/**
 * Re-decides an already posted comment (label events): the headline, the approval line and the
 * next steps are rendered again from the stored facts and the new decision; everything else is
 * kept — no model call needed. A leading `<!-- evalgate:` marker line is dropped (the sticky
 * module writes a fresh one). Only the header, above the metrics table, is touched: it holds
 * EvalGate's own lines with untrusted text only inside them, escaped and single-line, so a line
 * planted in an output cannot be mistaken for ours.
 */
export function replaceHeader(body: string, update: HeaderUpdate, options: RenderOptions = {}): string {
  const r = createRenderer(update.redact);
  const text = body.replace(/\r\n/g, '\n').replace(/^<!-- evalgate:[^\n]*\n/, '');
  const metricsAt = text.indexOf(`\n${METRICS_HEAD}`);
  const head = metricsAt === -1 ? text : text.slice(0, metricsAt);
  const rest = metricsAt === -1 ? '' : text.slice(metricsAt);
  const facts = update.facts ?? EMPTY_FACTS;

  const ours = (b: string): boolean => b.startsWith(HEADLINE_PREFIX) || b.startsWith(APPROVED_PREFIX) || b.startsWith(IGNORED_PREFIX) || isNextSteps(b);
  const kept = head
    .split('\n\n')
    .map((b) => b.trim())
    .filter((b) => b !== '' && !ours(b));
  const approval = approvalLine(r, update.approveLabel, update.approval);
  const next = nextSteps(r, {
    decision: update.decision,
    verdict: update.verdict,
    facts,
    approveLabel: update.approveLabel,
    permission: options.approvePermission ?? 'write',
    scope: options.approvalScope ?? 'head',
  });
  const contextAt = kept.findIndex((b) => b.startsWith(CONTEXT_PREFIX));
  const blocks = [...kept];
  if (approval) blocks.splice(contextAt + 1, 0, approval);
  const evidenceAt = blocks.findIndex((b) => b.startsWith(EVIDENCE_PREFIX));
  if (next) blocks.splice(evidenceAt === -1 ? blocks.length : evidenceAt, 0, next);
  const title = headline(r, update.decision, update.verdict, facts.causes);
  return [title, ...blocks].join('\n\n') + (rest === '' ? '\n' : `\n${rest.replace(/^\n+/, '\n')}`);
}
