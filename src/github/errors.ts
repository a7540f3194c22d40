/** The parts of Octokit's RequestError we rely on (checked structurally: the class is a transitive dependency). */
export interface ApiError extends Error {
  status: number;
}

/** An HTTP error answered by the GitHub API. */
export function isRequestError(error: unknown): error is ApiError {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/**
 * The token lacks a permission the workflow can grant. The message names the missing
 * `permissions:` line; the original API error is the `cause`.
 */
export class GitHubPermissionError extends Error {
  /** The `permissions:` entry to add to the workflow, e.g. `pull-requests: write`. */
  readonly missing: string;

  constructor(action: string, missing: string, cause: unknown) {
    super(
      `GitHub refused to ${action} (403). Add \`${missing}\` under \`permissions:\` in the workflow ` +
        `(job or top level). On pull requests from forks the token is read-only whatever the workflow asks; ` +
        `the report is in the job summary instead.`,
      { cause },
    );
    this.name = 'GitHubPermissionError';
    this.missing = missing;
  }
}
