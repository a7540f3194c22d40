import type { GitHubClient, RepoRef } from './client.js';

export interface PullRequestInfo {
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  /** `owner/name` of the head repository; null when the fork was deleted. */
  headRepo: string | null;
  /** The head branch lives in another repository: the workflow token is read-only and has no secrets. */
  isFork: boolean;
  labels: string[];
  /** Files changed according to GitHub (not capped, unlike the files listing). */
  changedFiles: number;
  author: string | null;
}

/** Fetches one pull request. */
export async function getPullRequest(client: GitHubClient, ref: RepoRef, prNumber: number): Promise<PullRequestInfo> {
  const { data } = await client.rest.pulls.get({ ...ref, pull_number: prNumber });
  const headRepo = data.head.repo?.full_name ?? null;
  return {
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    headSha: data.head.sha,
    headRef: data.head.ref,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    headRepo,
    isFork: headRepo !== data.base.repo.full_name,
    labels: data.labels.map((l) => l.name),
    changedFiles: data.changed_files,
    author: data.user?.login ?? null,
  };
}
