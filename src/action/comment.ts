// Everything the action writes to and reads from its sticky comment, and the state kept in it.
import * as core from '@actions/core';
import { headerFacts } from '../report/markdown.js';
import type { ReportInput } from '../report/types.js';
import { lastLabeled, sameLabel } from '../github/approval.js';
import { type CommentState, encodeCommentState, nextHistory, parseCommentState } from './comment-state.js';
import { listIssueComments } from '../github/comments.js';
import { GitHubPermissionError } from '../github/errors.js';
import { listPullRequestEvents } from '../github/events.js';
import { tokenIdentity } from '../github/identity.js';
import { recordSighting, sightingRefusal, type Sighting } from '../github/label-sightings.js';
import { getPullRequest } from '../github/pull.js';
import { findStickyComment, upsertStickyComment, type StickyComment } from '../github/sticky.js';
import type { Suite } from '../config/suite.js';
import type { SuiteContext } from './context.js';

import { warnFailure } from './warn.js';

/**
 * What the sticky comment needs: the pull request and a key — a suite's name, or for several
 * suites in one comment the key of the `config` value (action/suites.ts).
 */
export type CommentContext = Omit<SuiteContext, 'suite'> & { suite: Pick<Suite, 'name'> };

/** One earlier push, as the comment state keeps it. */
type HistoryEntry = NonNullable<CommentState['history']>[number];

/** The sticky comment of this suite (found by marker AND author) and EvalGate's state in it. */
export interface Sticky {
  comment: StickyComment | null;
  state: CommentState | null;
  /** Which head each approve-label event was seen on, carried into every comment this run writes. */
  sightings: Sighting[];
}

/**
 * Reads the sticky comment and its state, and — when this run was started by someone adding the
 * approve label — records which head the label was added to (the event payload's head). That
 * record, kept in a comment only the token's identity authors, is what `approval-scope: head`
 * checks; never when a commit first appeared anywhere.
 */
export async function readSticky(ctx: CommentContext): Promise<Sticky> {
  const { github, repo, pr, event, inputs } = ctx;
  const identity = await tokenIdentity(github);
  const comment = findStickyComment(await listIssueComments(github, repo, pr.number), { suite: ctx.suite.name, identity });
  const state = comment ? parseCommentState(comment.marker.state) : null;
  const known = state?.sightings ?? [];
  const addedApproveLabel = event.action === 'labeled' && event.label !== null && sameLabel(event.label, inputs.approveLabel);
  if (!addedApproveLabel) return { comment, state, sightings: known };
  const [{ labels: events }, live] = await Promise.all([listPullRequestEvents(github, repo, pr.number), getPullRequest(github, repo, pr.number)]);
  const last = lastLabeled(events, inputs.approveLabel) ?? null;
  const refusal = sightingRefusal({
    lastLabeled: last && { id: last.id, actor: last.actor },
    sender: event.sender,
    payloadHead: pr.headSha,
    liveHead: live.headSha,
    runAttempt: event.runAttempt,
  });
  if (refusal !== null || last === null) {
    core.info(`Not recording which commit the approve label was added to: ${refusal ?? 'no labeled event'}.`);
    return { comment, state, sightings: known };
  }
  core.info(`Recorded: the approve label (event ${last.id}) was added to ${pr.headSha.slice(0, 7)}.`);
  return { comment, state, sightings: recordSighting(known, { event: last.id, head: pr.headSha }) };
}

/**
 * State of a comment that shows results: what a label event needs to re-decide without a model
 * call (the verdict, outputs and the header's facts), and the PR's earlier verdicts.
 */
export function resultsState(ctx: SuiteContext, sticky: Sticky, report: ReportInput, outputs: Record<string, string>): CommentState {
  return {
    v: 1,
    head: ctx.pr.headSha,
    verdict: report.verdict.decision,
    outputs,
    sightings: sticky.sightings,
    header: headerFacts(report),
    history: report.history ?? [],
  };
}

/** The earlier verdicts a comment for this head carries (see nextHistory). */
export function historyFor(ctx: SuiteContext, sticky: Sticky): HistoryEntry[] {
  return nextHistory(sticky.state, ctx.pr.headSha);
}

/** State of a comment re-decided on a label event: its results as they were, with this run's sightings. */
export function redecidedState(state: CommentState, sticky: Sticky): CommentState {
  return { ...state, sightings: sticky.sightings };
}

/** State of a comment that shows no results (skipped, not applicable): the sightings and the earlier verdicts carry on. */
export function noticeState(ctx: CommentContext, sightings: Sighting[], history: HistoryEntry[] = []): CommentState {
  return { v: 1, head: ctx.pr.headSha, sightings, history };
}

/** Creates or updates the suite's sticky comment; its URL, or null when the token may not comment. */
export async function postComment(ctx: CommentContext, body: string, state: CommentState): Promise<string | null> {
  const { github, repo, pr } = ctx;
  try {
    const result = await upsertStickyComment(github, repo, pr.number, {
      suite: ctx.suite.name,
      body,
      headSha: pr.headSha,
      identity: await tokenIdentity(github),
      state: encodeCommentState(state),
    });
    return result.url;
  } catch (error) {
    if (error instanceof GitHubPermissionError) {
      core.warning(`${error.message} The report is in the job summary instead.`);
      return null;
    }
    throw error;
  }
}

/** Replaces the suite's sticky comment with `body` if there is one; a PR that never had one gets none. */
export async function updateExistingComment(ctx: CommentContext, body: string): Promise<void> {
  const { github, repo, pr } = ctx;
  let identity: string;
  try {
    identity = await tokenIdentity(github);
  } catch (error) {
    warnFailure(ctx.redact, {
      failed: 'tell which account its token comments as',
      error,
      lost: 'an earlier EvalGate comment on this pull request, if any, was not updated and may still show an out-of-date result.',
    });
    return;
  }
  const existing = findStickyComment(await listIssueComments(github, repo, pr.number), { suite: ctx.suite.name, identity });
  if (!existing) return;
  const state = parseCommentState(existing.marker.state);
  await postComment(ctx, body, noticeState(ctx, state?.sightings ?? [], nextHistory(state, ctx.pr.headSha)));
}
