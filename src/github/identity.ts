import type { GitHubClient } from './client.js';
import { isRequestError } from './errors.js';

/** Author of comments written with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login comments written with this token are authored by: `GET /user` for a personal token,
 * `github-actions[bot]` when that endpoint is forbidden (403), as it is for GITHUB_TOKEN.
 * (A GitHub App installation token is also refused, and writes as `<app-slug>[bot]`; callers using
 * one must pass the identity themselves.)
 */
export async function tokenIdentity(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if (isRequestError(error) && error.status === 403) return ACTIONS_BOT_LOGIN;
    throw error;
  }
}
