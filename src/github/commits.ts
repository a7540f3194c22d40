import type { GitHubClient, RepoRef } from './client.js';

/** The committer date (ISO) of a commit, or null when GitHub has none. */
export async function getCommitDate(client: GitHubClient, ref: RepoRef, sha: string): Promise<string | null> {
  const { data } = await client.rest.repos.getCommit({ ...ref, ref: sha, per_page: 1 });
  return data.commit.committer?.date ?? null;
}
