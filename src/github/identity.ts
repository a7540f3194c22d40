import type { GitHubClient } from './client.js';

/**
 * GraphQL's `viewer` answers for every kind of token, as its REST login: `github-actions[bot]` for
 * the workflow's GITHUB_TOKEN, `<app-slug>[bot]` for a GitHub App installation token, the user's
 * login for a personal token. (REST `GET /user` answers 403 to both bot tokens, which made an App
 * token look like github-actions[bot]: its own comment was never found, so every run posted a new
 * one.) marocchino/sticky-pull-request-comment asks the same way.
 */
const VIEWER_QUERY = 'query { viewer { login } }';

/** One question per client: a run asks for its identity several times (find, update, re-decide). */
const asked = new WeakMap<GitHubClient, Promise<string>>();

/** The login comments written with this client's token are authored by. */
export function tokenIdentity(client: GitHubClient): Promise<string> {
  let login = asked.get(client);
  if (!login) {
    login = client.graphql<{ viewer: { login: string } }>(VIEWER_QUERY).then((data) => data.viewer.login);
    // A failed question is asked again next time rather than remembered.
    login.catch(() => asked.delete(client));
    asked.set(client, login);
  }
  return login;
}
