import * as core from '@actions/core';
import { finalDecision } from '../compare/decision.js';
import { replaceHeader } from '../report/markdown.js';
import { approvalFor } from './approval.js';
import { postComment, redecidedState, type Sticky } from './comment.js';
import type { SuiteContext } from './context.js';
import type { Outcome } from './outcome.js';
import { renderOptions } from './render-options.js';

/**
 * Label events: reuse the verdict stored in this head's comment instead of paying again. Null when
 * the comment holds no results for this head, and the run evaluates.
 */
export async function redecideFromComment(ctx: SuiteContext, sticky: Sticky): Promise<Outcome | null> {
  const { pr, inputs, suite } = ctx;
  const { comment: existing, state } = sticky;
  if (!existing || !state || state.head !== pr.headSha || !state.verdict || !state.outputs) return null;
  const approval = await approvalFor(ctx, sticky.sightings);
  const decision = finalDecision(state.verdict, approval?.state === 'approved', suite.gate);
  // The marker line is ours and is written again by upsertStickyComment.
  const previous = existing.body.slice(existing.body.indexOf('\n') + 1);
  const body = replaceHeader(
    previous,
    // Headline and next steps come from the facts stored with the verdict, not from the comment's text.
    { decision, approval, approveLabel: inputs.approveLabel, suiteName: suite.name, redact: ctx.redact, verdict: state.verdict, facts: state.header ?? null },
    renderOptions(inputs),
  );
  const url = await postComment(ctx, body, redecidedState(state, sticky));
  core.info(`Re-decided from the results already posted for ${pr.headSha.slice(0, 7)}: no model was called.`);
  // Comments written before report-path was left out of the state may still carry it.
  const { 'report-path': _stale, ...outputs } = state.outputs;
  return { decision, outputs: { ...outputs, ...(url ? { 'comment-url': url } : {}) }, summary: body };
}
