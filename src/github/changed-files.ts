import type { GitHubClient, RepoRef } from './client.js';

/** The pull request files API lists at most this many files, however many changed. */
export const MAX_PR_FILES = 3000;

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullRequestFile {
  path: string;
  status: FileStatus;
  /** Path before a rename or copy. */
  previousPath?: string;
  /** Unified diff hunk; GitHub omits it for binary and very large files. */
  patch?: string;
}

export interface ChangedFiles {
  files: PullRequestFile[];
  /** The listing hit the API's 3,000-file cap, so some changed files may be missing. */
  truncated: boolean;
}

/** Lists a pull request's changed files (all pages, 100 per page). */
export async function listChangedFiles(client: GitHubClient, ref: RepoRef, prNumber: number): Promise<ChangedFiles> {
  const raw = await client.paginate(client.rest.pulls.listFiles, { ...ref, pull_number: prNumber, per_page: 100 });
  const files = raw.map((f): PullRequestFile => ({
    path: f.filename,
    status: f.status,
    ...(f.previous_filename === undefined ? {} : { previousPath: f.previous_filename }),
    ...(f.patch === undefined ? {} : { patch: f.patch }),
  }));
  // Exactly 3,000 files is indistinguishable from more; reporting it as truncated is the safe side.
  return { files, truncated: files.length >= MAX_PR_FILES };
}

/** Every path a change touches: current paths plus the old path of renames (moving a prompt away matters too). */
export function changedPaths(files: readonly PullRequestFile[]): string[] {
  return [...new Set(files.flatMap((f) => (f.previousPath === undefined ? [f.path] : [f.path, f.previousPath])))];
}
