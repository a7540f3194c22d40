import type { GitHubClient, RepoRef } from './client.js';
import { isRequestError } from './errors.js';

export interface CommentAuthor {
  login: string;
  /** `User`, `Bot` or `Organization`. */
  type: string;
}

export interface IssueComment {
  id: number;
  body: string;
  /** null when the author's account was deleted ("ghost"). */
  user: CommentAuthor | null;
  createdAt: string;
  updatedAt: string;
  /** Link to the comment on github.com. */
  url: string;
}

interface RawComment {
  id: number;
  body?: string;
  user: { login: string; type: string } | null;
  created_at: string;
  updated_at: string;
  html_url: string;
}

function toComment(raw: RawComment): IssueComment {
  return {
    id: raw.id,
    body: raw.body ?? '',
    user: raw.user === null ? null : { login: raw.user.login, type: raw.user.type },
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
    url: raw.html_url,
  };
}

/** Lists every comment on an issue or pull request, oldest first (all pages). */
export async function listIssueComments(client: GitHubClient, ref: RepoRef, issueNumber: number): Promise<IssueComment[]> {
  const raw = await client.paginate(client.rest.issues.listComments, { ...ref, issue_number: issueNumber, per_page: 100 });
  return raw.map(toComment);
}

/** Posts a new comment on an issue or pull request. */
export async function createComment(client: GitHubClient, ref: RepoRef, issueNumber: number, body: string): Promise<IssueComment> {
  const { data } = await client.rest.issues.createComment({ ...ref, issue_number: issueNumber, body });
  return toComment(data);
}

/** Replaces the body of an existing comment. */
export async function updateComment(client: GitHubClient, ref: RepoRef, commentId: number, body: string): Promise<IssueComment> {
  const { data } = await client.rest.issues.updateComment({ ...ref, comment_id: commentId, body });
  return toComment(data);
}

/** Deletes a comment; one already gone (404) counts as deleted. */
export async function deleteComment(client: GitHubClient, ref: RepoRef, commentId: number): Promise<void> {
  try {
    await client.rest.issues.deleteComment({ ...ref, comment_id: commentId });
  } catch (error) {
    if (!(isRequestError(error) && error.status === 404)) throw error;
  }
}
