import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** The one Octokit type of the code base: REST methods, pagination, retry and throttling. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** The repository every API helper works on. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export interface GitHubClientOptions {
  /** API root, e.g. `GITHUB_API_URL` on GitHub Enterprise Server, or a local fake in tests. */
  baseUrl?: string;
  /**
   * Milliseconds per second of wait for retries (5xx backoff and `retry-after` of secondary rate
   * limits). Defaults to 1000; tests pass 1 so a retry costs a millisecond, not seconds.
   */
  retryAfterBaseValue?: number;
  /**
   * Key of the throttling queues. Writes from clients with the same id are spaced (1 s apart, 3 s
   * for notification-triggering writes, as GitHub asks); separate runs of the action are separate
   * processes, so tests give each simulated run its own id.
   */
  throttleId?: string;
  /**
   * False turns the throttling plugin off (its documented `enabled: false`): writes are not spaced
   * and rate limits are not waited out; the retry plugin still retries 5xx and 429. For servers
   * without rate limits, and the tests' local fake. Default true.
   */
  throttle?: boolean;
}

/** Transient errors (5xx and other codes outside the plugin's do-not-retry list) retried with backoff. */
const RETRIES = 3;
/** Secondary rate limits: retry this many times with GitHub's `retry-after`. */
const SECONDARY_LIMIT_RETRIES = 3;
/** Primary rate limit: wait only when the reset is this close; an action should not sleep an hour. */
const PRIMARY_LIMIT_MAX_WAIT_SECONDS = 60;

/**
 * Creates the GitHub client used everywhere: `getOctokit` from @actions/github with the retry
 * plugin (5xx and other transient errors) and the throttling plugin (primary and secondary rate
 * limits, honouring `retry-after`).
 */
export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const base = options.retryAfterBaseValue ?? 1000;
  return getOctokit(
    token,
    {
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      // Not `request.retries`: set there, the retry plugin retries every error, 404 and 403 included.
      retry: { retries: RETRIES, retryAfterBaseValue: base },
      throttle: {
        enabled: options.throttle ?? true,
        id: options.throttleId ?? 'evalgate',
        retryAfterBaseValue: base,
        onSecondaryRateLimit: (_retryAfter, _options, _octokit, retryCount) => retryCount < SECONDARY_LIMIT_RETRIES,
        onRateLimit: (retryAfter, _options, _octokit, retryCount) => retryCount < 1 && retryAfter <= PRIMARY_LIMIT_MAX_WAIT_SECONDS,
      },
    },
    retry,
    throttling,
  );
}
