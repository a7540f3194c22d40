import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listChangedFiles, changedPaths, MAX_PR_FILES } from '../../src/github/changed-files.js';
import { getCommitDate } from '../../src/github/commits.js';
import { listLabelEvents } from '../../src/github/events.js';
import { tokenIdentity } from '../../src/github/identity.js';
import { listLabels } from '../../src/github/labels.js';
import { getPermission } from '../../src/github/permission.js';
import { getPullRequest } from '../../src/github/pull.js';
import { clientFor, GRAPHQL_ROUTE, manyFiles, startFakeGitHub, type FakeGitHub, type FakePermission } from '../support/fake-github.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  await fake.close();
});

describe('listChangedFiles', () => {
  it('follows the Link header through every page, 100 files per page', async () => {
    fake.addPullRequest({ number: 7, headSha: HEAD, baseSha: BASE, files: manyFiles(250) });
    const { files, truncated } = await listChangedFiles(clientFor(fake), fake.repo, 7);
    expect(files).toHaveLength(250);
    expect(files.at(-1)?.path).toBe('docs/file-0249.md');
    expect(truncated).toBe(false);
    const pages = fake.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}/files');
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ]);
  });

  it('reports truncation when the PR changes more files than the API lists (3,000)', async () => {
    fake.addPullRequest({ number: 8, headSha: HEAD, baseSha: BASE, files: manyFiles(3_500) });
    const { files, truncated } = await listChangedFiles(clientFor(fake), fake.repo, 8);
    expect(files).toHaveLength(MAX_PR_FILES);
    expect(truncated).toBe(true);
  });

  it('keeps the old path of a rename and the patch', async () => {
    fake.addPullRequest({
      number: 9,
      headSha: HEAD,
      baseSha: BASE,
      files: [
        { filename: 'docs/support.md', status: 'renamed', previousFilename: 'prompts/support.md' },
        { filename: 'prompts/new.md', status: 'added', patch: '@@ -0,0 +1 @@\n+hello' },
      ],
    });
    const { files } = await listChangedFiles(clientFor(fake), fake.repo, 9);
    expect(files).toEqual([
      { path: 'docs/support.md', status: 'renamed', previousPath: 'prompts/support.md' },
      { path: 'prompts/new.md', status: 'added', patch: '@@ -0,0 +1 @@\n+hello' },
    ]);
    expect(changedPaths(files)).toEqual(['docs/support.md', 'prompts/support.md', 'prompts/new.md']);
  });
});

describe('tokenIdentity', () => {
  it.each<[string, (f: FakeGitHub) => string, string]>([
    ["the workflow's GITHUB_TOKEN", (f) => f.token, 'github-actions[bot]'],
    ['a GitHub App installation token', (f) => f.addAppToken('my-app'), 'my-app[bot]'],
    ['a personal access token', (f) => f.addUserToken('release-bot-person'), 'release-bot-person'],
  ])('asks GraphQL who %s writes as', async (_name, tokenOf, login) => {
    expect(await tokenIdentity(clientFor(fake, tokenOf(fake)))).toBe(login);
    expect(fake.requestsTo(GRAPHQL_ROUTE).map((r) => r.status)).toEqual([200]);
  });

  it('asks once per client', async () => {
    const client = clientFor(fake);
    await Promise.all([tokenIdentity(client), tokenIdentity(client)]);
    expect(await tokenIdentity(client)).toBe('github-actions[bot]');
    expect(fake.requestsTo(GRAPHQL_ROUTE)).toHaveLength(1);
  });

  it('does not hide a failure behind a guess', async () => {
    await expect(tokenIdentity(clientFor(fake, 'ghp_revoked'))).rejects.toMatchObject({ status: 401 });
  });
});

describe('getPermission', () => {
  it.each<{ role: FakePermission; expected: FakePermission }>([
    { role: 'admin', expected: 'admin' },
    { role: 'maintain', expected: 'maintain' },
    { role: 'write', expected: 'write' },
    { role: 'triage', expected: 'triage' },
    { role: 'read', expected: 'read' },
  ])('reads role $role from role_name, not the collapsed permission', async ({ role, expected }) => {
    fake.addPullRequest({ number: 1, headSha: HEAD, baseSha: BASE });
    fake.setPermission('someone', role);
    expect(await getPermission(clientFor(fake), fake.repo, 'someone')).toBe(expected);
  });

  it('treats an unknown user (404) as none', async () => {
    fake.addPullRequest({ number: 1, headSha: HEAD, baseSha: BASE });
    expect(await getPermission(clientFor(fake), fake.repo, 'stranger')).toBe('none');
  });
});

describe('pull request, labels, events, commits', () => {
  it('reads the pull request and tells a fork from a branch', async () => {
    fake.addPullRequest({ number: 3, headSha: HEAD, baseSha: BASE, labels: ['prompt'], files: manyFiles(2) });
    fake.addPullRequest({ number: 4, headSha: HEAD, baseSha: BASE, forkOwner: 'outsider', author: 'outsider' });
    const client = clientFor(fake);
    const own = await getPullRequest(client, fake.repo, 3);
    expect(own).toMatchObject({ number: 3, headSha: HEAD, baseSha: BASE, isFork: false, labels: ['prompt'], changedFiles: 2 });
    const fork = await getPullRequest(client, fake.repo, 4);
    expect(fork).toMatchObject({ isFork: true, headRepo: 'outsider/widgets', author: 'outsider' });
  });

  it('lists labels and only labeled/unlabeled events, oldest first, across pages', async () => {
    fake.addPullRequest({ number: 5, headSha: HEAD, baseSha: BASE });
    for (let i = 0; i < 120; i += 1) {
      fake.addLabelEvent({
        pr: 5,
        actor: 'maint',
        label: `l${i}`,
        at: `2024-02-01T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`,
      });
    }
    fake.addLabelEvent({ pr: 5, actor: { login: 'renovate[bot]', type: 'Bot' }, label: 'l0', at: '2024-02-02T00:00:00Z', event: 'unlabeled' });
    const client = clientFor(fake);
    const events = await listLabelEvents(client, fake.repo, 5);
    expect(events).toHaveLength(121);
    expect(events.at(-1)).toEqual({
      id: expect.any(Number),
      event: 'unlabeled',
      label: 'l0',
      actor: 'renovate[bot]',
      actorType: 'Bot',
      createdAt: '2024-02-02T00:00:00Z',
    });
    const labels = await listLabels(client, fake.repo, 5);
    expect(labels).toHaveLength(119);
    expect(labels).not.toContain('l0');
  });

  it('reads the committer date of a commit', async () => {
    fake.addPullRequest({ number: 6, headSha: HEAD, baseSha: BASE, headCommittedAt: '2024-03-04T05:06:07Z' });
    expect(await getCommitDate(clientFor(fake), fake.repo, HEAD)).toBe('2024-03-04T05:06:07Z');
  });
});

describe('retries', () => {
  it('retries server errors (500, 502) and then succeeds', async () => {
    fake.addPullRequest({ number: 2, headSha: HEAD, baseSha: BASE });
    fake.failNext('GET /repos/{owner}/{repo}/pulls/{pull_number}', 500, { times: 1 });
    const client = clientFor(fake);
    expect((await getPullRequest(client, fake.repo, 2)).headSha).toBe(HEAD);
    fake.failNext('GET /repos/{owner}/{repo}/pulls/{pull_number}', 502, { times: 2 });
    expect((await getPullRequest(client, fake.repo, 2)).headSha).toBe(HEAD);
    expect(fake.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}').map((r) => r.status)).toEqual([500, 200, 502, 502, 200]);
  });

  it('gives up after the retry budget and surfaces the server error', async () => {
    fake.addPullRequest({ number: 2, headSha: HEAD, baseSha: BASE });
    fake.failNext('GET /repos/{owner}/{repo}/pulls/{pull_number}', 500, { times: 10 });
    await expect(getPullRequest(clientFor(fake), fake.repo, 2)).rejects.toMatchObject({ status: 500 });
    expect(fake.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}')).toHaveLength(4);
  });

  it('waits out a secondary rate limit (retry-after) and retries', async () => {
    fake.addPullRequest({ number: 2, headSha: HEAD, baseSha: BASE });
    fake.failNext('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', 'secondary-rate-limit', { times: 2, retryAfter: 3 });
    const { files } = await listChangedFiles(clientFor(fake, fake.token, { throttle: true }), fake.repo, 2);
    expect(files).toEqual([]);
    expect(fake.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}/files').map((r) => r.status)).toEqual([403, 403, 200]);
  });

  it('retries a primary rate limit that resets within a minute', async () => {
    fake.addPullRequest({ number: 2, headSha: HEAD, baseSha: BASE, labels: ['x'] });
    fake.failNext('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', 'rate-limit', { retryAfter: 1 });
    expect(await listLabels(clientFor(fake, fake.token, { throttle: true }), fake.repo, 2)).toEqual(['x']);
  });

  it('does not retry a 404', async () => {
    await expect(getPullRequest(clientFor(fake), fake.repo, 404)).rejects.toMatchObject({ status: 404 });
    expect(fake.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}')).toHaveLength(1);
  });
});
