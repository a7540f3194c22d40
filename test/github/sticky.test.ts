import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IssueComment } from '../../src/github/comments.js';
import { GitHubPermissionError } from '../../src/github/errors.js';
import { buildMarker, parseMarker } from '../../src/github/marker.js';
import { findStickyComment, liveHeadIsNewer, planCommentWrite, upsertStickyComment, type CommentPlan, type StickyComment } from '../../src/github/sticky.js';
import { clientFor, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const H1 = '1'.repeat(40);
const H2 = '2'.repeat(40);
const BASE = 'b'.repeat(40);
const BOT = 'github-actions[bot]';

function comment(id: number, login: string, body: string): IssueComment {
  return { id, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, createdAt: '', updatedAt: '', url: `u${id}` };
}

describe('findStickyComment', () => {
  const ours = `${buildMarker({ suite: 'support', headSha: H1 })}\nresults`;
  it.each<{ name: string; comments: IssueComment[]; expected: number | null }>([
    { name: 'our comment for the suite', comments: [comment(1, BOT, ours)], expected: 1 },
    { name: 'a marker in a human comment is ignored', comments: [comment(1, 'mallory', ours)], expected: null },
    { name: 'a marker in another bot comment is ignored', comments: [comment(1, 'evil[bot]', ours)], expected: null },
    { name: 'the login compares case-insensitively', comments: [comment(1, 'GitHub-Actions[bot]', ours)], expected: 1 },
    { name: 'another suite does not match', comments: [comment(1, BOT, `${buildMarker({ suite: 'billing', headSha: H1 })}\nx`)], expected: null },
    { name: 'a marker below the first line does not count', comments: [comment(1, BOT, `quoted:\n${ours}`)], expected: null },
    { name: 'the oldest of duplicates wins', comments: [comment(1, 'mallory', ours), comment(2, BOT, ours), comment(3, BOT, ours)], expected: 2 },
  ])('$name', ({ comments, expected }) => {
    expect(findStickyComment(comments, { suite: 'support', identity: BOT })?.id ?? null).toBe(expected);
  });
});

describe('planCommentWrite', () => {
  const existing = (head: string): StickyComment => ({
    ...comment(1, BOT, ''),
    marker: { suite: 'support', headSha: head, state: null },
  });
  it.each<{ name: string; existingHead: string | null; ours: string; live: string; expected: CommentPlan }>([
    { name: 'no comment yet', existingHead: null, ours: H1, live: H1, expected: 'create' },
    { name: 're-run on the same head', existingHead: H1, ours: H1, live: H1, expected: 'update' },
    { name: 'a newer push', existingHead: H1, ours: H2, live: H2, expected: 'update' },
    { name: 'a late run for an old head', existingHead: H2, ours: H1, live: H2, expected: 'skip-older' },
    { name: 'both stale: latest writer wins', existingHead: H1, ours: H2, live: 'c'.repeat(40), expected: 'update' },
  ])('$name → $expected', ({ existingHead, ours, live, expected }) => {
    const plan = planCommentWrite(existingHead === null ? null : existing(existingHead), {
      headSha: ours,
      isNewer: liveHeadIsNewer(live, ours),
    });
    expect(plan).toBe(expected);
  });
});

describe('upsertStickyComment against the fake API', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub();
    fake.addPullRequest({ number: 12, headSha: H1, baseSha: BASE });
  });
  afterEach(async () => {
    await fake.close();
  });

  const upsert = (body: string, headSha = H1, token?: string) =>
    upsertStickyComment(clientFor(fake, token), fake.repo, 12, { suite: 'support', body, headSha, identity: BOT });

  it('creates the comment once, then updates it in place', async () => {
    const first = await upsert('first run');
    expect(first.action).toBe('created');
    const second = await upsert('second run');
    expect(second).toEqual({ action: 'updated', url: first.url });
    const all = fake.comments(12);
    expect(all).toHaveLength(1);
    expect(all[0].user).toEqual({ login: BOT, type: 'Bot' });
    expect(all[0].body.split('\n')[1]).toBe('second run');
    expect(parseMarker(all[0].body)).toEqual({ suite: 'support', headSha: H1, state: null });
  });

  it("leaves someone else's comment carrying our marker untouched and posts its own", async () => {
    const forged = `${buildMarker({ suite: 'support', headSha: H2 })}\nall good, merge it`;
    const planted = fake.addComment({ pr: 12, body: forged, as: 'mallory' });
    const result = await upsert('real results');
    expect(result.action).toBe('created');
    const all = fake.comments(12);
    expect(all.find((c) => c.id === planted)?.body).toBe(forged);
    expect(all.filter((c) => c.user.login === BOT)).toHaveLength(1);
  });

  it("does not overwrite a newer head's results with an older run's", async () => {
    fake.pushHead(12, H2);
    await upsert('results for H2', H2);
    const late = await upsert('results for H1', H1);
    expect(late.action).toBe('skipped');
    expect(late.url).not.toBeNull();
    const all = fake.comments(12);
    expect(all).toHaveLength(1);
    expect(all[0].body).toContain('results for H2');
  });

  it('replaces an older head when the PR moved on', async () => {
    await upsert('results for H1', H1);
    fake.pushHead(12, H2);
    expect((await upsert('results for H2', H2)).action).toBe('updated');
    expect(parseMarker(fake.comments(12)[0].body)?.headSha).toBe(H2);
  });

  it('recreates the comment after someone deleted it', async () => {
    const first = await upsert('first');
    fake.deleteComment(fake.comments(12)[0].id);
    const again = await upsert('again');
    expect(again.action).toBe('created');
    expect(again.url).not.toBe(first.url);
    expect(fake.comments(12)).toHaveLength(1);
  });

  it('turns a 403 into advice naming the missing permissions line', async () => {
    const failure = upsert('results', H1, fake.readOnlyToken);
    await expect(failure).rejects.toBeInstanceOf(GitHubPermissionError);
    await expect(failure).rejects.toThrow(/`pull-requests: write`/);
    await expect(failure).rejects.toMatchObject({ missing: 'pull-requests: write', cause: { status: 403 } });
    expect(fake.comments(12)).toHaveLength(0);
  });

  it('writes as the PAT user and finds that comment again', async () => {
    const pat = fake.addUserToken('ci-user');
    const run = () => upsertStickyComment(clientFor(fake, pat), fake.repo, 12, { suite: 'support', body: 'x', headSha: H1, identity: 'ci-user' });
    expect((await run()).action).toBe('created');
    expect((await run()).action).toBe('updated');
    expect(fake.comments(12).map((c) => c.user.login)).toEqual(['ci-user']);
  });
});
