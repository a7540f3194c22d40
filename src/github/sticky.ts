import type { GitHubClient, RepoRef } from './client.js';
import { createComment, deleteComment, listIssueComments, updateComment, type IssueComment } from './comments.js';
import { GitHubPermissionError, isRequestError } from './errors.js';
import { buildMarker, parseMarker, type Marker } from './marker.js';
import { getPullRequest } from './pull.js';

/** A comment carrying an EvalGate marker. */
export interface StickyComment extends IssueComment {
  marker: Marker;
}

export type CommentPlan = 'create' | 'update' | 'skip-older';

/** The workflow `permissions:` line that lets the token comment on pull requests. */
const COMMENT_PERMISSION = 'pull-requests: write';

/**
 * The sticky comment of `suite`: its marker names the suite AND it is authored by `identity`
 * (logins compare case-insensitively, as on GitHub). A marker in anyone else's comment is ignored,
 * so nobody can plant a comment for EvalGate to overwrite or trust. The oldest match wins.
 */
export function findStickyComment(comments: readonly IssueComment[], options: { suite: string; identity: string }): StickyComment | null {
  const identity = options.identity.toLowerCase();
  for (const comment of comments) {
    if (comment.user === null || comment.user.login.toLowerCase() !== identity) continue;
    const marker = parseMarker(comment.body);
    if (marker !== null && marker.suite === options.suite) return { ...comment, marker };
  }
  return null;
}

/**
 * What to do with the sticky comment. `isNewer(existingHead)` answers "does the existing comment
 * show a newer head than ours?"; see `liveHeadIsNewer` for the rule upsertStickyComment uses.
 * Same head → update (a re-run replaces its own result); no comment → create.
 */
export function planCommentWrite(existing: StickyComment | null, options: { headSha: string; isNewer: (existingHead: string) => boolean }): CommentPlan {
  if (existing === null) return 'create';
  if (sameSha(existing.marker.headSha, options.headSha)) return 'update';
  return options.isNewer(existing.marker.headSha) ? 'skip-older' : 'update';
}

/**
 * "Newer" by the pull request's live head (fetched right before writing): the existing comment is
 * newer exactly when it shows the live head and we do not. Commit dates are not used: they are set
 * by whoever commits, and rebases reorder them. When neither head is live, both runs are stale and
 * the write goes ahead; the run for the live head overwrites it later.
 */
export function liveHeadIsNewer(liveHeadSha: string, ourHeadSha: string): (existingHead: string) => boolean {
  return (existingHead) => sameSha(existingHead, liveHeadSha) && !sameSha(ourHeadSha, liveHeadSha);
}

function sameSha(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export interface UpsertOptions {
  suite: string;
  /** Rendered Markdown; the marker line is prepended here. */
  body: string;
  headSha: string;
  /** Login the token writes as (see tokenIdentity). */
  identity: string;
  /** Compact state for the marker (base64url, see encodeMarkerState). */
  state?: string | null;
  /** Overrides the default rule (liveHeadIsNewer with the PR's current head). */
  isNewer?: (existingHead: string) => boolean;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'skipped';
  /** Link to the comment (the existing one when skipped). */
  url: string | null;
}

/**
 * Creates or updates the one sticky comment of a suite on a pull request, never duplicating it
 * and never replacing a newer head's results. A 403 becomes GitHubPermissionError naming the
 * missing `permissions:` line (callers fall back to the job summary).
 *
 * Two runs that start together (a push and a label event, a re-run) may both find no comment and
 * both create one. So after creating, the comments are listed again: the oldest sticky comment
 * wins (every run agrees on it, as comment ids only grow), a run whose comment is not the oldest
 * deletes its own and writes its results into the oldest by the usual rule instead.
 */
export async function upsertStickyComment(client: GitHubClient, ref: RepoRef, prNumber: number, options: UpsertOptions): Promise<UpsertResult> {
  const fullBody = `${buildMarker({ suite: options.suite, headSha: options.headSha, state: options.state ?? null })}\n${options.body}`;
  const find = async (): Promise<StickyComment | null> =>
    findStickyComment(
      await withPermissionAdvice('read the pull request comments', 'pull-requests: read', () => listIssueComments(client, ref, prNumber)),
      options,
    );
  const existing = await find();
  if (existing !== null) {
    const written = await writeOver(client, ref, prNumber, existing, fullBody, options);
    if (written !== null) return written;
  }
  const create = () => withPermissionAdvice('comment on the pull request', COMMENT_PERMISSION, () => createComment(client, ref, prNumber, fullBody));
  const created = await create();
  const oldest = await find();
  if (oldest === null || oldest.id >= created.id) return { action: 'created', url: created.url };
  await withPermissionAdvice('delete a duplicate comment', COMMENT_PERMISSION, () => deleteComment(client, ref, created.id));
  // The oldest vanished meanwhile: post once more rather than leave no comment at all.
  return (await writeOver(client, ref, prNumber, oldest, fullBody, options)) ?? { action: 'created', url: (await create()).url };
}

/** Updates `existing` unless it shows a newer head; null when it was deleted meanwhile (404). */
async function writeOver(
  client: GitHubClient,
  ref: RepoRef,
  prNumber: number,
  existing: StickyComment,
  fullBody: string,
  options: UpsertOptions,
): Promise<UpsertResult | null> {
  let isNewer = options.isNewer;
  if (isNewer === undefined && !sameSha(existing.marker.headSha, options.headSha)) {
    const live = await getPullRequest(client, ref, prNumber);
    isNewer = liveHeadIsNewer(live.headSha, options.headSha);
  }
  const plan = planCommentWrite(existing, { headSha: options.headSha, isNewer: isNewer ?? (() => false) });
  if (plan === 'skip-older') return { action: 'skipped', url: existing.url };
  try {
    const updated = await withPermissionAdvice('update the pull request comment', COMMENT_PERMISSION, () => updateComment(client, ref, existing.id, fullBody));
    return { action: 'updated', url: updated.url };
  } catch (error) {
    // Deleted between listing and updating: the caller posts it again.
    if (isRequestError(error) && error.status === 404) return null;
    throw error;
  }
}

async function withPermissionAdvice<T>(action: string, missing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    // A secondary rate limit is also a 403, but no permission would fix it.
    if (isRequestError(error) && error.status === 403 && !/rate limit/i.test(error.message)) {
      throw new GitHubPermissionError(action, missing, error);
    }
    throw error;
  }
}
