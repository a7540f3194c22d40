// A fake GitHub REST API: a real HTTP server on loopback with in-memory state, driven by the real
// Octokit. Response bodies follow GitHub's published OpenAPI description (checked by
// test/github/contract.test.ts); big objects start from GitHub's own examples
// (test/fixtures/github/openapi-examples.json).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';

export type FakePermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
export type FakeFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface FakeRepoRef {
  owner: string;
  repo: string;
}

export interface FakeActor {
  login: string;
  /** `User` (default) or `Bot`. */
  type?: 'User' | 'Bot';
}

export interface SeedFile {
  filename: string;
  status?: FakeFileStatus;
  previousFilename?: string;
  patch?: string;
}

export interface SeedPullRequest {
  number: number;
  headSha: string;
  baseSha: string;
  headRef?: string;
  baseRef?: string;
  /** Owner of the fork the head branch lives in; omitted: same repository. */
  forkOwner?: string;
  author?: string;
  labels?: string[];
  files?: SeedFile[];
  /** Committer date of the head commit (ISO). */
  headCommittedAt?: string;
  /**
   * Creation time of the workflow run the push of the head started (GitHub's clock). Omitted: at
   * `headCommittedAt`, as for a commit pushed right away; null: no run (no workflow ran).
   */
  headRunCreatedAt?: string | null;
  baseCommittedAt?: string;
  repo?: FakeRepoRef;
}

export interface TokenIdentity {
  login: string;
  type: 'User' | 'Bot';
  /** Fork pull requests get a read-only GITHUB_TOKEN: every write answers 403. */
  readOnly: boolean;
  /** The workflow granted `actions: read`; without it the workflow-runs API answers 403. */
  canReadActions: boolean;
}

export interface SeedWorkflowRun {
  headSha: string;
  /** When GitHub created the run (ISO). */
  createdAt: string;
  /** Triggering event; `pull_request` when omitted. */
  event?: string;
  repo?: FakeRepoRef;
}

/** Every route the fake serves, as `METHOD /path/template` (GitHub's OpenAPI spelling). */
export const FAKE_ROUTES = [
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  'GET /repos/{owner}/{repo}/commits/{ref}',
  'GET /repos/{owner}/{repo}/actions/runs',
] as const;
export type FakeRoute = (typeof FAKE_ROUTES)[number];

/**
 * GitHub's GraphQL endpoint (not in the REST description). The fake answers one query, the one
 * EvalGate asks: `query { viewer { login } }`.
 */
export const GRAPHQL_ROUTE = 'POST /graphql' as const;
export type FakeEndpoint = FakeRoute | typeof GRAPHQL_ROUTE;

export type FaultKind = 500 | 502 | 'secondary-rate-limit' | 'rate-limit';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Matched route, or null for a path the fake does not serve (answered 404). */
  route: FakeEndpoint | null;
  /** Parsed JSON request body, or null. */
  body: unknown;
  token: string | null;
  status: number;
  /** Parsed JSON response body (null for 204). */
  response: unknown;
  /** The answer came from fault injection, not from the route. */
  injected: boolean;
}

/** The real API lists at most this many files of a pull request. */
export const FAKE_MAX_PR_FILES = 3000;
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;
const PUBLIC_URL = 'https://github.com';
const API_URL = 'https://api.github.com';

interface StoredComment {
  id: number;
  repo: string;
  issueNumber: number;
  body: string;
  user: Required<FakeActor>;
  createdAt: string;
  updatedAt: string;
}

interface StoredEvent {
  id: number;
  event: 'labeled' | 'unlabeled' | 'head_ref_force_pushed';
  actor: Required<FakeActor>;
  /** Null for events without a label (force pushes). */
  label: string | null;
  createdAt: string;
}

interface StoredPull {
  seed: SeedPullRequest;
  headSha: string;
  labels: string[];
  files: SeedFile[];
  events: StoredEvent[];
  createdAt: string;
}

interface StoredRun {
  id: number;
  headSha: string;
  createdAt: string;
  event: string;
}

interface StoredRepo {
  ref: FakeRepoRef;
  pulls: Map<number, StoredPull>;
  permissions: Map<string, FakePermission>;
  commits: Map<string, string>; // sha → committer date
  runs: StoredRun[];
}

interface Fault {
  kind: FaultKind;
  remaining: number;
  retryAfter: number;
}

type Json = Record<string, unknown>;

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

interface Examples {
  'pull-request': Json;
  commit: Json;
  'private-user': Json;
  'workflow-run': Json;
}

const examples = JSON.parse(readFileSync(new URL('../fixtures/github/openapi-examples.json', import.meta.url), 'utf8')) as Examples;

function routeRegex(template: string): RegExp {
  const path = template.slice(template.indexOf(' ') + 1);
  return new RegExp(`^${path.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
}

const ROUTE_TABLE = [...FAKE_ROUTES, GRAPHQL_ROUTE].map((route: FakeEndpoint) => ({ route, method: route.split(' ')[0], regex: routeRegex(route) }));

const userIds = new Map<string, number>();
function userId(login: string): number {
  let id = userIds.get(login);
  if (id === undefined) {
    id = 1000 + userIds.size;
    userIds.set(login, id);
  }
  return id;
}

/** GitHub's `simple-user` shape for a login. */
export function simpleUser(login: string, type: 'User' | 'Bot' = 'User'): Json {
  const id = userId(login);
  const api = `${API_URL}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${PUBLIC_URL}/${type === 'Bot' ? `apps/${login.replace(/\[bot\]$/, '')}` : login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
    user_view_type: 'public',
  };
}

/** GitHub reports maintain as write and triage as read in `permission`; `role_name` keeps the role. */
function collapse(permission: FakePermission): string {
  if (permission === 'maintain') return 'write';
  if (permission === 'triage') return 'read';
  return permission;
}

function error(status: number, message: string, headers?: Record<string, string>): Reply {
  return {
    status,
    body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
    ...(headers === undefined ? {} : { headers }),
  };
}

function repoKey(ref: FakeRepoRef): string {
  return `${ref.owner}/${ref.repo}`.toLowerCase();
}

export interface FakeGitHubOptions {
  /** Repository the seeding helpers use when none is given. */
  repo?: FakeRepoRef;
  /** Clock for comments created through the API. */
  now?: () => Date;
}

export interface FakeGitHub {
  /** Pass to `createGitHubClient(token, { baseUrl })`. */
  baseUrl: string;
  /** The default repository. */
  repo: FakeRepoRef;
  /** GITHUB_TOKEN of a same-repository run: writes as github-actions[bot]. */
  token: string;
  /** GITHUB_TOKEN of a fork pull request run: every write answers 403. */
  readOnlyToken: string;
  /** Every request, in order. */
  requests: RecordedRequest[];
  /** A personal access token of `login`: comments are authored by `login`. */
  addUserToken(login: string): string;
  /** A GitHub App installation token of app `slug`: comments are authored by `<slug>[bot]`. */
  addAppToken(slug: string): string;
  addPullRequest(seed: SeedPullRequest): void;
  /**
   * A new head commit on the pull request (a push), and the `synchronize` run it starts, created at
   * `runCreatedAt` (omitted: at `committedAt`; null: no run).
   */
  pushHead(prNumber: number, sha: string, options?: { committedAt?: string; runCreatedAt?: string | null; repo?: FakeRepoRef }): void;
  /** A workflow run for a commit, as GitHub records it when a workflow starts. */
  addWorkflowRun(run: SeedWorkflowRun): void;
  /** `token` (default: the GITHUB_TOKEN) lacks `actions: read`: the workflow-runs API answers 403. */
  denyActionsRead(token?: string): void;
  addCommit(sha: string, committedAt: string, repo?: FakeRepoRef): void;
  addComment(args: { pr: number; body: string; as: FakeActor | string; at?: string; repo?: FakeRepoRef }): number;
  deleteComment(id: number): void;
  /** Comments of a pull request, oldest first. */
  comments(prNumber: number, repo?: FakeRepoRef): { id: number; body: string; user: Required<FakeActor>; createdAt: string; updatedAt: string }[];
  /** A label added (`labeled`, default) or removed, by `actor` at `at`; keeps the PR's labels in step. */
  addLabelEvent(args: { pr: number; actor: FakeActor | string; label: string; at: string; event?: 'labeled' | 'unlabeled'; repo?: FakeRepoRef }): void;
  /** The PR's head branch force-pushed by `actor` at `at` (a `head_ref_force_pushed` issue event). */
  addForcePush(args: { pr: number; actor: FakeActor | string; at: string; repo?: FakeRepoRef }): void;
  setPermission(user: string, permission: FakePermission, repo?: FakeRepoRef): void;
  /** The next `times` requests to `route` answer with the fault instead. */
  failNext(route: FakeEndpoint, kind: FaultKind, options?: { times?: number; retryAfter?: number }): void;
  /** Recorded requests to one route. */
  requestsTo(route: FakeEndpoint): RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a fake GitHub API on 127.0.0.1 with a random port. Close it after the test. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const defaultRepo = options.repo ?? { owner: 'acme', repo: 'widgets' };
  const now = options.now ?? (() => new Date());
  const repos = new Map<string, StoredRepo>();
  const comments = new Map<number, StoredComment>();
  const faults = new Map<FakeEndpoint, Fault>();
  const requests: RecordedRequest[] = [];
  const tokens = new Map<string, TokenIdentity>([
    ['ghs_fake_github_token', { login: 'github-actions[bot]', type: 'Bot', readOnly: false, canReadActions: true }],
    ['ghs_fake_readonly_token', { login: 'github-actions[bot]', type: 'Bot', readOnly: true, canReadActions: true }],
  ]);
  let nextCommentId = 1_000_001;
  let nextEventId = 5_000_001;
  let nextRunId = 9_000_001;
  let baseUrl = '';

  function repoState(ref: FakeRepoRef = defaultRepo): StoredRepo {
    const key = repoKey(ref);
    let state = repos.get(key);
    if (state === undefined) {
      state = { ref, pulls: new Map(), permissions: new Map(), commits: new Map(), runs: [] };
      repos.set(key, state);
    }
    return state;
  }

  function pull(prNumber: number, ref?: FakeRepoRef): StoredPull {
    const p = repoState(ref).pulls.get(prNumber);
    if (p === undefined) throw new Error(`fake-github: no pull request #${prNumber}; call addPullRequest first`);
    return p;
  }

  function actorOf(actor: FakeActor | string): Required<FakeActor> {
    return typeof actor === 'string' ? { login: actor, type: actor.endsWith('[bot]') ? 'Bot' : 'User' } : { login: actor.login, type: actor.type ?? 'User' };
  }

  // ---- response shapes -------------------------------------------------------------------------

  function repositoryJson(base: Json, owner: string, name: string, fork: boolean): Json {
    const text = JSON.stringify(base).replaceAll('octocat/Hello-World', `${owner}/${name}`);
    const repo = JSON.parse(text) as Json;
    return { ...repo, name, full_name: `${owner}/${name}`, owner: simpleUser(owner), fork };
  }

  function pullJson(state: StoredRepo, p: StoredPull): Json {
    const { owner, repo } = state.ref;
    const seed = p.seed;
    const template = JSON.parse(JSON.stringify(examples['pull-request']).replaceAll('octocat/Hello-World', `${owner}/${repo}`)) as Json & {
      head: Json & { repo: Json };
      base: Json & { repo: Json };
    };
    const baseRepo = repositoryJson(template.base.repo, owner, repo, false);
    const headOwner = seed.forkOwner ?? owner;
    const headRepo = seed.forkOwner === undefined ? baseRepo : repositoryJson(template.head.repo, headOwner, repo, true);
    const number = seed.number;
    const html = `${PUBLIC_URL}/${owner}/${repo}/pull/${number}`;
    const api = `${API_URL}/repos/${owner}/${repo}`;
    return {
      ...template,
      url: `${api}/pulls/${number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${number}`,
      commits_url: `${api}/pulls/${number}/commits`,
      review_comments_url: `${api}/pulls/${number}/comments`,
      comments_url: `${api}/issues/${number}/comments`,
      statuses_url: `${api}/statuses/${p.headSha}`,
      number,
      state: 'open',
      user: simpleUser(seed.author ?? 'contributor'),
      labels: p.labels.map((name) => labelJson(state, name)),
      requested_teams: [],
      created_at: p.createdAt,
      updated_at: p.createdAt,
      head: {
        label: `${headOwner}:${seed.headRef ?? 'feature'}`,
        ref: seed.headRef ?? 'feature',
        sha: p.headSha,
        user: simpleUser(headOwner),
        repo: headRepo,
      },
      base: {
        label: `${owner}:${seed.baseRef ?? 'main'}`,
        ref: seed.baseRef ?? 'main',
        sha: seed.baseSha,
        user: simpleUser(owner),
        repo: baseRepo,
      },
      changed_files: p.files.length,
      comments: [...comments.values()].filter((c) => c.repo === repoKey(state.ref) && c.issueNumber === number).length,
    };
  }

  function labelJson(state: StoredRepo, name: string): Json {
    const id = 7_000_000 + [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000, 0);
    return {
      id,
      node_id: Buffer.from(`LA_${id}`).toString('base64'),
      url: `${API_URL}/repos/${state.ref.owner}/${state.ref.repo}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    };
  }

  function commentJson(c: StoredComment): Json {
    const state = repos.get(c.repo);
    const { owner, repo } = state?.ref ?? defaultRepo;
    return {
      id: c.id,
      node_id: Buffer.from(`IC_${c.id}`).toString('base64'),
      url: `${API_URL}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `${PUBLIC_URL}/${owner}/${repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${API_URL}/repos/${owner}/${repo}/issues/${c.issueNumber}`,
      body: c.body,
      user: simpleUser(c.user.login, c.user.type),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    };
  }

  function eventJson(state: StoredRepo, e: StoredEvent): Json {
    return {
      id: e.id,
      node_id: Buffer.from(`LE_${e.id}`).toString('base64'),
      url: `${API_URL}/repos/${state.ref.owner}/${state.ref.repo}/issues/events/${e.id}`,
      actor: simpleUser(e.actor.login, e.actor.type),
      event: e.event,
      commit_id: null,
      commit_url: null,
      created_at: e.createdAt,
      performed_via_github_app: null,
      ...(e.label === null ? {} : { label: { name: e.label, color: 'ededed' } }),
    };
  }

  function fileJson(state: StoredRepo, sha: string, f: SeedFile): Json {
    const { owner, repo } = state.ref;
    const status = f.status ?? 'modified';
    const additions = status === 'removed' ? 0 : 1;
    const deletions = status === 'added' ? 0 : 1;
    return {
      sha: '0'.repeat(40),
      filename: f.filename,
      status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${PUBLIC_URL}/${owner}/${repo}/blob/${sha}/${f.filename}`,
      raw_url: `${PUBLIC_URL}/${owner}/${repo}/raw/${sha}/${f.filename}`,
      contents_url: `${API_URL}/repos/${owner}/${repo}/contents/${f.filename}?ref=${sha}`,
      ...(f.patch === undefined ? {} : { patch: f.patch }),
      ...(f.previousFilename === undefined ? {} : { previous_filename: f.previousFilename }),
    };
  }

  function commitJson(state: StoredRepo, sha: string, date: string): Json {
    const { owner, repo } = state.ref;
    const c = JSON.parse(JSON.stringify(examples.commit).replaceAll('octocat/Hello-World', `${owner}/${repo}`)) as Json & {
      commit: Json & { author: Json; committer: Json };
    };
    return {
      ...c,
      sha,
      url: `${API_URL}/repos/${owner}/${repo}/commits/${sha}`,
      html_url: `${PUBLIC_URL}/${owner}/${repo}/commit/${sha}`,
      commit: { ...c.commit, author: { ...c.commit.author, date }, committer: { ...c.commit.committer, date } },
      files: [],
    };
  }

  function workflowRunJson(state: StoredRepo, run: StoredRun): Json {
    const { owner, repo } = state.ref;
    const template = JSON.parse(
      JSON.stringify(examples['workflow-run'])
        .replaceAll('octo-org/octo-repo', `${owner}/${repo}`)
        .replaceAll('octocat/Hello-World', `${owner}/${repo}`)
        .replaceAll('/actions/runs/30433642', `/actions/runs/${run.id}`),
    ) as Json & { head_commit: Json; repository: Json; head_repository: Json };
    const repository = { ...template.repository, name: repo, full_name: `${owner}/${repo}`, owner: simpleUser(owner) };
    return {
      ...template,
      id: run.id,
      node_id: Buffer.from(`WFR_${run.id}`).toString('base64'),
      head_sha: run.headSha,
      head_commit: { ...template.head_commit, id: run.headSha },
      event: run.event,
      status: 'in_progress',
      conclusion: null,
      created_at: run.createdAt,
      updated_at: run.createdAt,
      run_started_at: run.createdAt,
      pull_requests: [],
      repository,
      head_repository: repository,
    };
  }

  // ---- pagination, exactly like GitHub: per_page (≤ 100), page, and a Link header -------------

  function paginate<T>(items: T[], url: URL, toJson: (item: T) => unknown = (item) => item): Reply {
    const requested = Number.parseInt(url.searchParams.get('per_page') ?? '', 10);
    const perPage = Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_PER_PAGE) : DEFAULT_PER_PAGE;
    const pageParam = Number.parseInt(url.searchParams.get('page') ?? '', 10);
    const page = Number.isFinite(pageParam) && pageParam > 0 ? pageParam : 1;
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const body = items.slice((page - 1) * perPage, page * perPage).map(toJson);
    const link = (n: number): string => {
      const u = new URL(`${baseUrl}${url.pathname}`);
      for (const [k, v] of url.searchParams) if (k !== 'page') u.searchParams.set(k, v);
      u.searchParams.set('page', String(n));
      return `<${u.toString()}>`;
    };
    const parts: string[] = [];
    if (page > 1) parts.push(`${link(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) parts.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) parts.push(`${link(1)}; rel="first"`);
    return { status: 200, body, headers: parts.length > 0 ? { link: parts.join(', ') } : {} };
  }

  // ---- routes ----------------------------------------------------------------------------------

  /** GraphQL answers 200 with `errors` for a query it cannot run, as GitHub does. */
  function graphql(body: unknown, who: TokenIdentity): Reply {
    const query = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined;
    const normalised = typeof query === 'string' ? query.replace(/\s+/g, ' ').trim() : '';
    if (/^(?:query )?\{ ?viewer ?\{ ?login ?\} ?\}$/.test(normalised)) return { status: 200, body: { data: { viewer: { login: who.login } } } };
    return { status: 200, body: { errors: [{ message: `fake-github answers only "query { viewer { login } }", got ${JSON.stringify(query)}` }] } };
  }

  function handle(route: FakeEndpoint, params: string[], url: URL, body: unknown, who: TokenIdentity): Reply {
    if (route === GRAPHQL_ROUTE) return graphql(body, who);
    const [owner, repoName] = params;
    const state = repos.get(repoKey({ owner, repo: repoName }));
    if (state === undefined) return error(404, 'Not Found');
    const isWrite = route.startsWith('POST') || route.startsWith('PATCH') || route.startsWith('DELETE');
    if (isWrite && who.readOnly) return error(403, 'Resource not accessible by integration');
    switch (route) {
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const p = state.pulls.get(Number(params[2]));
        return p === undefined ? error(404, 'Not Found') : { status: 200, body: pullJson(state, p) };
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const p = state.pulls.get(Number(params[2]));
        if (p === undefined) return error(404, 'Not Found');
        return paginate(p.files.slice(0, FAKE_MAX_PR_FILES), url, (f) => fileJson(state, p.headSha, f));
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const n = Number(params[2]);
        if (!state.pulls.has(n)) return error(404, 'Not Found');
        const list = [...comments.values()].filter((c) => c.repo === repoKey(state.ref) && c.issueNumber === n);
        return paginate(list.sort((a, b) => a.id - b.id).map(commentJson), url);
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const n = Number(params[2]);
        if (!state.pulls.has(n)) return error(404, 'Not Found');
        const text = bodyText(body);
        if (text === null) return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        const at = now()
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z');
        const c: StoredComment = {
          id: nextCommentId++,
          repo: repoKey(state.ref),
          issueNumber: n,
          body: text,
          user: { login: who.login, type: who.type },
          createdAt: at,
          updatedAt: at,
        };
        comments.set(c.id, c);
        return { status: 201, body: commentJson(c), headers: { location: String(commentJson(c).url) } };
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = comments.get(Number(params[2]));
        if (c === undefined || c.repo !== repoKey(state.ref)) return error(404, 'Not Found');
        // Only the author (or a maintainer, not modelled) may edit a comment.
        if (c.user.login !== who.login) return error(403, 'Resource not accessible by integration');
        const text = bodyText(body);
        if (text === null) return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        c.body = text;
        c.updatedAt = now()
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z');
        return { status: 200, body: commentJson(c) };
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const id = Number(params[2]);
        if (!comments.has(id)) return error(404, 'Not Found');
        comments.delete(id);
        return { status: 204, body: null };
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/events': {
        const p = state.pulls.get(Number(params[2]));
        if (p === undefined) return error(404, 'Not Found');
        return paginate(
          p.events.map((e) => eventJson(state, e)),
          url,
        );
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': {
        const p = state.pulls.get(Number(params[2]));
        if (p === undefined) return error(404, 'Not Found');
        return paginate(
          p.labels.map((name) => labelJson(state, name)),
          url,
        );
      }
      case 'GET /repos/{owner}/{repo}/collaborators/{username}/permission': {
        const user = params[2];
        const permission = state.permissions.get(user.toLowerCase());
        if (permission === undefined) return error(404, 'Not Found');
        return {
          status: 200,
          body: {
            permission: collapse(permission),
            role_name: permission,
            user: { ...simpleUser(user), role_name: permission },
          },
        };
      }
      case 'GET /repos/{owner}/{repo}/commits/{ref}': {
        const sha = params[2];
        const date = state.commits.get(sha);
        if (date === undefined) return error(422, `No commit found for SHA: ${sha}`);
        return { status: 200, body: commitJson(state, sha, date) };
      }
      case 'GET /repos/{owner}/{repo}/actions/runs': {
        if (!who.canReadActions) return error(403, 'Resource not accessible by integration');
        const sha = url.searchParams.get('head_sha');
        // GitHub lists runs newest first.
        const list = state.runs
          .filter((r) => sha === null || r.headSha === sha)
          .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
        const page = paginate(list, url, (r) => workflowRunJson(state, r));
        return { ...page, body: { total_count: list.length, workflow_runs: page.body } };
      }
      default:
        return error(404, 'Not Found');
    }
  }

  function bodyText(body: unknown): string | null {
    if (typeof body !== 'object' || body === null) return null;
    const text = (body as { body?: unknown }).body;
    return typeof text === 'string' ? text : null;
  }

  function faultReply(fault: Fault): Reply {
    if (fault.kind === 'secondary-rate-limit') {
      return error(
        403,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
        { 'retry-after': String(fault.retryAfter) },
      );
    }
    if (fault.kind === 'rate-limit') {
      const reset = Math.ceil(Date.now() / 1000) + fault.retryAfter;
      return error(403, 'API rate limit exceeded for installation.', {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(reset),
      });
    }
    return error(fault.kind, fault.kind === 500 ? 'Server Error' : 'Bad Gateway');
  }

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (chunks.length === 0) return null;
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1] ?? null;
    const match = ROUTE_TABLE.map((r) => ({ ...r, m: r.method === method ? r.regex.exec(url.pathname) : null })).find((r) => r.m !== null);
    const route = match?.route ?? null;
    let reply: Reply;
    let injected = false;
    const fault = route === null ? undefined : faults.get(route);
    if (route !== null && fault !== undefined && fault.remaining > 0) {
      fault.remaining -= 1;
      injected = true;
      reply = faultReply(fault);
    } else if (token === null) {
      reply = error(401, 'Requires authentication');
    } else if (!tokens.has(token)) {
      reply = error(401, 'Bad credentials');
    } else if (match === undefined || match.m === null) {
      reply = error(404, 'Not Found');
    } else {
      const identity = tokens.get(token) as TokenIdentity;
      reply = handle(match.route, match.m.slice(1).map(decodeURIComponent), url, body, identity);
    }
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      route,
      body,
      token,
      status: reply.status,
      response: reply.body,
      injected,
    });
    const headers: Record<string, string> = { 'x-github-api-version-selected': '2022-11-28', ...reply.headers };
    if (reply.status === 204) {
      res.writeHead(204, headers).end();
      return;
    }
    res.writeHead(reply.status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(reply.body));
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `fake-github crashed: ${String(err)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeGitHub = {
    baseUrl,
    repo: defaultRepo,
    token: 'ghs_fake_github_token',
    readOnlyToken: 'ghs_fake_readonly_token',
    requests,
    addUserToken(login) {
      const token = `ghp_fake_${login.replace(/[^A-Za-z0-9]/g, '_')}`;
      tokens.set(token, { login, type: 'User', readOnly: false, canReadActions: true });
      return token;
    },
    addAppToken(slug) {
      const token = `ghs_fake_app_${slug.replace(/[^A-Za-z0-9]/g, '_')}`;
      tokens.set(token, { login: `${slug}[bot]`, type: 'Bot', readOnly: false, canReadActions: true });
      return token;
    },
    addPullRequest(seed) {
      const state = repoState(seed.repo);
      state.pulls.set(seed.number, {
        seed,
        headSha: seed.headSha,
        labels: [...(seed.labels ?? [])],
        files: [...(seed.files ?? [])],
        events: [],
        createdAt: '2024-01-01T00:00:00Z',
      });
      const committedAt = seed.headCommittedAt ?? '2024-01-02T00:00:00Z';
      state.commits.set(seed.headSha, committedAt);
      state.commits.set(seed.baseSha, seed.baseCommittedAt ?? '2024-01-01T00:00:00Z');
      const runAt = seed.headRunCreatedAt === undefined ? committedAt : seed.headRunCreatedAt;
      if (runAt !== null) fake.addWorkflowRun({ headSha: seed.headSha, createdAt: runAt, repo: seed.repo });
    },
    pushHead(prNumber, sha, opts = {}) {
      const p = pull(prNumber, opts.repo);
      p.headSha = sha;
      const committedAt = opts.committedAt ?? now().toISOString();
      repoState(opts.repo).commits.set(sha, committedAt);
      const runAt = opts.runCreatedAt === undefined ? committedAt : opts.runCreatedAt;
      if (runAt !== null) fake.addWorkflowRun({ headSha: sha, createdAt: runAt, repo: opts.repo });
    },
    addWorkflowRun(run) {
      repoState(run.repo).runs.push({ id: nextRunId++, headSha: run.headSha, createdAt: run.createdAt, event: run.event ?? 'pull_request' });
    },
    denyActionsRead(token = 'ghs_fake_github_token') {
      const identity = tokens.get(token);
      if (identity === undefined) throw new Error(`fake-github: unknown token ${token}`);
      identity.canReadActions = false;
    },
    addCommit(sha, committedAt, repo) {
      repoState(repo).commits.set(sha, committedAt);
    },
    addComment(args) {
      pull(args.pr, args.repo);
      const at = args.at ?? '2024-01-03T00:00:00Z';
      const c: StoredComment = {
        id: nextCommentId++,
        repo: repoKey(args.repo ?? defaultRepo),
        issueNumber: args.pr,
        body: args.body,
        user: actorOf(args.as),
        createdAt: at,
        updatedAt: at,
      };
      comments.set(c.id, c);
      return c.id;
    },
    deleteComment(id) {
      if (!comments.delete(id)) throw new Error(`fake-github: no comment ${id}`);
    },
    comments(prNumber, repo) {
      const key = repoKey(repo ?? defaultRepo);
      return [...comments.values()]
        .filter((c) => c.repo === key && c.issueNumber === prNumber)
        .sort((a, b) => a.id - b.id)
        .map((c) => ({ id: c.id, body: c.body, user: c.user, createdAt: c.createdAt, updatedAt: c.updatedAt }));
    },
    addLabelEvent(args) {
      const p = pull(args.pr, args.repo);
      const event = args.event ?? 'labeled';
      p.events.push({ id: nextEventId++, event, actor: actorOf(args.actor), label: args.label, createdAt: args.at });
      const has = p.labels.some((l) => l.toLowerCase() === args.label.toLowerCase());
      if (event === 'labeled' && !has) p.labels.push(args.label);
      if (event === 'unlabeled') p.labels = p.labels.filter((l) => l.toLowerCase() !== args.label.toLowerCase());
    },
    addForcePush(args) {
      pull(args.pr, args.repo).events.push({ id: nextEventId++, event: 'head_ref_force_pushed', actor: actorOf(args.actor), label: null, createdAt: args.at });
    },
    setPermission(user, permission, repo) {
      repoState(repo).permissions.set(user.toLowerCase(), permission);
    },
    failNext(route, kind, opts = {}) {
      faults.set(route, { kind, remaining: opts.times ?? 1, retryAfter: opts.retryAfter ?? 1 });
    },
    requestsTo(route) {
      return requests.filter((r) => r.route === route);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
  return fake;
}

/** `count` changed files named `prefix/file-0000.md`… for pagination scenarios. */
export function manyFiles(count: number, prefix = 'docs'): SeedFile[] {
  return Array.from({ length: count }, (_, i) => ({ filename: `${prefix}/file-${String(i).padStart(4, '0')}.md` }));
}

/**
 * The production client pointed at the fake: retry waits shrunk to milliseconds. Throttling (write
 * spacing, waiting out rate limits) is off unless a test is about it, `{ throttle: true }`; then
 * the client gets its own throttle id, as each action run is its own process.
 */
export function clientFor(fake: FakeGitHub, token: string = fake.token, options: { throttle?: boolean } = {}): GitHubClient {
  return createGitHubClient(token, { baseUrl: fake.baseUrl, retryAfterBaseValue: 1, throttleId: randomUUID(), throttle: options.throttle ?? false });
}
