// Hardening: the GitHub API misbehaves (5xx, secondary rate limits), runs race, comments vanish,
// and someone plants our marker. Through the real Octokit against the fake API: EvalGate retries
// what is transient, leaves exactly one sticky comment, and never touches anyone else's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMarker, parseMarker } from '../../src/github/marker.js';
import { upsertStickyComment, type UpsertOptions } from '../../src/github/sticky.js';
import { clientFor, startFakeGitHub, type FakeGitHub, type FakeRoute, type FaultKind } from '../support/fake-github.js';

const H1 = '1'.repeat(40);
const H2 = '2'.repeat(40);
const BASE = 'b'.repeat(40);
const BOT = 'github-actions[bot]';
const PR = 7;

const LIST: FakeRoute = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE: FakeRoute = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE: FakeRoute = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';

describe('GitHub API faults and races around the sticky comment', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub();
    fake.addPullRequest({ number: PR, headSha: H1, baseSha: BASE });
  });
  afterEach(() => fake.close());

  /** One action run: its own client (its own process and throttle queue). */
  const upsert = (body: string, options: Partial<UpsertOptions> = {}, client = clientFor(fake)) =>
    upsertStickyComment(client, fake.repo, PR, { suite: 'support', body, headSha: H1, identity: BOT, ...options });

  const ours = () => fake.comments(PR).filter((c) => c.user.login === BOT);

  it.each<{ route: FakeRoute; fault: FaultKind; times: number }>([
    { route: LIST, fault: 500, times: 2 },
    { route: LIST, fault: 502, times: 1 },
    { route: LIST, fault: 'secondary-rate-limit', times: 2 },
    { route: CREATE, fault: 502, times: 2 },
    { route: CREATE, fault: 'secondary-rate-limit', times: 1 },
  ])('retries $fault on $route ($times×) and still posts one comment', async ({ route, fault, times }) => {
    fake.failNext(route, fault, { times });
    // Rate limits are waited out by the throttling plugin, so it is on here, as in production.
    const result = await upsert('results', {}, clientFor(fake, fake.token, { throttle: fault === 'secondary-rate-limit' }));
    expect(result.action).toBe('created');
    expect(ours()).toHaveLength(1);
    expect(fake.requestsTo(route).filter((r) => r.injected)).toHaveLength(times);
  });

  it.each<{ fault: FaultKind }>([{ fault: 500 }, { fault: 502 }])('retries $fault on an update and updates in place', async ({ fault }) => {
    await upsert('first');
    fake.failNext(UPDATE, fault, { times: 2 });
    const result = await upsert('second');
    expect(result.action).toBe('updated');
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain('second');
  });

  it('two runs for the same PR at once leave exactly one comment, with one of their results', async () => {
    const results = await Promise.all([upsert('run A'), upsert('run B')]);
    expect(results.map((r) => r.action).sort()).toEqual(expect.arrayContaining(['created']));
    const left = ours();
    expect(left).toHaveLength(1);
    expect(left[0].body).toMatch(/run A|run B/);
    expect(parseMarker(left[0].body)).toMatchObject({ suite: 'support', headSha: H1 });
    // Both runs link to the comment that stayed.
    const id = left[0].id;
    for (const r of results) expect(r.url).toMatch(new RegExp(`#issuecomment-${id}$`));
  });

  it('five racing runs still leave one comment, and a later run updates it', async () => {
    await Promise.all(['A', 'B', 'C', 'D', 'E'].map((name) => upsert(`run ${name}`)));
    expect(ours()).toHaveLength(1);
    const later = await upsert('run F');
    expect(later.action).toBe('updated');
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain('run F');
  });

  it('a comment deleted between runs is recreated', async () => {
    const first = await upsert('first');
    fake.deleteComment(ours()[0].id);
    const again = await upsert('second');
    expect(again.action).toBe('created');
    expect(again.url).not.toBe(first.url);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain('second');
  });

  it("a marker in someone else's comment is ignored and left untouched, even when racing", async () => {
    const forged = `${buildMarker({ suite: 'support', headSha: H2 })}\nEvalGate: PASS — all good, merge it`;
    const planted = fake.addComment({ pr: PR, body: forged, as: 'mallory' });
    const botForged = fake.addComment({ pr: PR, body: forged, as: { login: 'evil-app[bot]', type: 'Bot' } });
    await Promise.all([upsert('real results A'), upsert('real results B')]);
    const all = fake.comments(PR);
    expect(all.find((c) => c.id === planted)?.body).toBe(forged);
    expect(all.find((c) => c.id === botForged)?.body).toBe(forged);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toMatch(/real results/);
    // Never written to: no update or delete aimed at the planted comments.
    const touched = fake.requests.filter((r) => r.method !== 'GET' && (r.path.endsWith(`/${planted}`) || r.path.endsWith(`/${botForged}`)));
    expect(touched).toEqual([]);
  });
});
