import type { GitHubClient, RepoRef } from './client.js';

/**
 * One page is enough: GitHub lists runs newest first, so with more runs than this for one commit
 * the minimum of the page is later than the true first run — approvals get stricter, never looser.
 */
const RUNS_PER_PAGE = 100;

/**
 * Creation time (ISO, GitHub's server clock) of the earliest workflow run for commit `sha`, or
 * null when there is none. A push to a pull request starts a `pull_request` run for the new head,
 * so this dates the push with a time the pusher cannot set. Needs `actions: read` (403 without).
 */
export async function earliestRunCreatedAt(client: GitHubClient, ref: RepoRef, sha: string): Promise<string | null> {
  const { data } = await client.rest.actions.listWorkflowRunsForRepo({
    ...ref,
    head_sha: sha,
    per_page: RUNS_PER_PAGE,
    exclude_pull_requests: true,
  });
  const times = data.workflow_runs.map((run) => run.created_at).sort((a, b) => Date.parse(a) - Date.parse(b));
  return times[0] ?? null;
}
