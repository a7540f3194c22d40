import type { GitHubClient, RepoRef } from './client.js';

/** Names of the labels currently on an issue or pull request (all pages). */
export async function listLabels(client: GitHubClient, ref: RepoRef, prNumber: number): Promise<string[]> {
  const raw = await client.paginate(client.rest.issues.listLabelsOnIssue, { ...ref, issue_number: prNumber, per_page: 100 });
  return raw.map((l) => l.name);
}
