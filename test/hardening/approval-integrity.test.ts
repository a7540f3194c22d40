// Hardening: the approval label is the one way to turn a failing check green, so it must not be
// forgeable. A label added before the latest push (scope head), by someone below
// approve-permission, by a bot, or removed again never approves; an approval that counts is
// recorded with who, when and which commit — and the comment says so. The push is dated by
// GitHub's own clock (the first workflow run for the head), not by the committer date the pusher
// sets; when that clock cannot be read, the fallback is announced.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateApproval, resolveApproval, type ApprovalArgs, type ResolveApprovalOptions } from '../../src/github/approval.js';
import type { LabelEvent } from '../../src/github/events.js';
import { renderComment } from '../../src/report/markdown.js';
import type { ApprovalRecord } from '../../src/report/types.js';
import { clientFor, startFakeGitHub, type FakeGitHub, type FakePermission } from '../support/fake-github.js';
import { regressionReport } from '../support/builders.js';

const LABEL = 'evalgate: approve-regression';
const HEAD = 'a1c0ffee'.padEnd(40, '0');
const PUSHED = '2026-03-01T12:00:00Z';
const BEFORE = '2026-03-01T11:59:59Z';
const AFTER = '2026-03-01T12:30:00Z';
const LATER = '2026-03-01T13:00:00Z';

const ev = (event: LabelEvent['event'], actor: string | null, at: string, actorType: string | null = 'User'): LabelEvent => ({
  event,
  label: LABEL,
  actor,
  actorType,
  createdAt: at,
});

const args = (overrides: Partial<ApprovalArgs>): ApprovalArgs => ({
  labels: [LABEL],
  events: [ev('labeled', 'maya', AFTER)],
  approveLabel: LABEL,
  permissionOf: { maya: 'write', rita: 'read', tess: 'triage', max: 'maintain', ada: 'admin' },
  required: 'write',
  scope: 'head',
  headPushedAt: PUSHED,
  headSha: HEAD,
  ...overrides,
});

interface Row {
  name: string;
  args: Partial<ApprovalArgs>;
  /** null: the label is not on the PR, nothing to show. */
  expected: { state: ApprovalRecord['state']; actor: string; reason?: RegExp } | null;
}

const rows: Row[] = [
  { name: 'a writer labels after the latest push', args: {}, expected: { state: 'approved', actor: 'maya' } },
  { name: 'the label predates the latest push (scope head)', args: { events: [ev('labeled', 'maya', BEFORE)] }, expected: { state: 'ignored', actor: 'maya', reason: /before the latest push/ } },
  { name: 'the label is as old as the push, to the second', args: { events: [ev('labeled', 'maya', PUSHED)] }, expected: { state: 'ignored', actor: 'maya', reason: /before the latest push/ } },
  { name: 'scope pr keeps an older label', args: { scope: 'pr', events: [ev('labeled', 'maya', BEFORE)] }, expected: { state: 'approved', actor: 'maya' } },
  { name: 'a reader labels', args: { events: [ev('labeled', 'rita', AFTER)] }, expected: { state: 'ignored', actor: 'rita', reason: /rita has read permission; approving needs write/ } },
  { name: 'a triager labels', args: { events: [ev('labeled', 'tess', AFTER)] }, expected: { state: 'ignored', actor: 'tess', reason: /triage/ } },
  { name: 'a stranger labels', args: { events: [ev('labeled', 'drive-by', AFTER)] }, expected: { state: 'ignored', actor: 'drive-by', reason: /none permission/ } },
  { name: 'a writer, when maintain is required', args: { required: 'maintain' }, expected: { state: 'ignored', actor: 'maya', reason: /needs maintain/ } },
  { name: 'an admin, when admin is required', args: { required: 'admin', events: [ev('labeled', 'ada', AFTER)] }, expected: { state: 'approved', actor: 'ada' } },
  { name: 'a bot labels (type Bot)', args: { events: [ev('labeled', 'release-app', AFTER, 'Bot')], permissionOf: { 'release-app': 'admin' } }, expected: { state: 'ignored', actor: 'release-app', reason: /bots cannot approve/ } },
  { name: 'a [bot] login labels', args: { events: [ev('labeled', 'github-actions[bot]', AFTER)], permissionOf: { 'github-actions[bot]': 'admin' } }, expected: { state: 'ignored', actor: 'github-actions[bot]', reason: /bot/ } },
  { name: 'a deleted account labels', args: { events: [ev('labeled', null, AFTER, null)] }, expected: { state: 'ignored', actor: 'ghost', reason: /deleted account/ } },
  { name: 'the label was removed again', args: { labels: [], events: [ev('labeled', 'maya', AFTER), ev('unlabeled', 'maya', LATER)] }, expected: null },
  {
    name: "a reader re-adds the label a writer added and removed: the reader's counts",
    args: { events: [ev('labeled', 'maya', AFTER), ev('unlabeled', 'maya', AFTER), ev('labeled', 'rita', LATER)] },
    expected: { state: 'ignored', actor: 'rita', reason: /read permission/ },
  },
  { name: 'the label is on the PR with no event naming who added it', args: { events: [] }, expected: { state: 'ignored', actor: 'unknown' } },
  { name: 'another label by an admin', args: { labels: ['lgtm'], events: [{ ...ev('labeled', 'ada', AFTER), label: 'lgtm' }] }, expected: null },
  { name: 'the label in other letter case is the same label', args: { labels: ['EvalGate: Approve-Regression'] }, expected: { state: 'approved', actor: 'maya' } },
];

describe('evaluateApproval: only a label that should count, counts', () => {
  it.each(rows)('$name', ({ args: overrides, expected }) => {
    const record = evaluateApproval(args(overrides));
    if (expected === null) {
      expect(record).toBeNull();
      return;
    }
    expect(record).toMatchObject({ state: expected.state, actor: expected.actor, commit: HEAD });
    if (expected.reason) expect(record?.reason).toMatch(expected.reason);
  });

  it('records who approved, when, and for which commit', () => {
    expect(evaluateApproval(args({}))).toEqual({ state: 'approved', actor: 'maya', at: AFTER, commit: HEAD, reason: 'approved by maya (write)' });
  });
});

describe('resolveApproval against the GitHub API, and what the comment shows', () => {
  let fake: FakeGitHub;
  const PR = 31;
  beforeEach(async () => {
    fake = await startFakeGitHub();
    fake.addPullRequest({ number: PR, headSha: HEAD, baseSha: 'b'.repeat(40), headCommittedAt: PUSHED });
    const roles: Record<string, FakePermission> = { maya: 'write', rita: 'read' };
    for (const [user, role] of Object.entries(roles)) fake.setPermission(user, role);
  });
  afterEach(() => fake.close());

  const options: ResolveApprovalOptions = { approveLabel: LABEL, required: 'write', scope: 'head', headSha: HEAD };
  const resolve = (o: Partial<ResolveApprovalOptions> = {}) => resolveApproval(clientFor(fake), fake.repo, PR, { ...options, ...o });
  const comment = (approval: ApprovalRecord | null) => renderComment(regressionReport({ approval, decision: approval?.state === 'approved' ? 'approved' : 'fail' }));

  it('a writer after the push approves; the comment records actor, time and commit', async () => {
    fake.addLabelEvent({ pr: PR, actor: 'maya', label: LABEL, at: AFTER });
    const record = await resolve();
    expect(record).toMatchObject({ state: 'approved', actor: 'maya', at: AFTER, commit: HEAD });
    const md = comment(record);
    expect(md).toMatch(/Approved by @maya at .*2026-03-01.* for .*a1c0ffe/);
  });

  it('a new push makes the approval lapse, and the comment says why', async () => {
    fake.addLabelEvent({ pr: PR, actor: 'maya', label: LABEL, at: AFTER });
    const next = 'b2c0ffee'.padEnd(40, '0');
    fake.pushHead(PR, next, { committedAt: LATER });
    const record = await resolve({ headSha: next });
    expect(record).toMatchObject({ state: 'ignored', actor: 'maya', commit: next });
    expect(comment(record)).toMatch(/was ignored: added before the latest push \(b2c0ffe\)/);
    expect(comment(record)).not.toMatch(/Approved by/);
  });

  it('a reader, a bot, or a removed label never approves', async () => {
    fake.addLabelEvent({ pr: PR, actor: 'rita', label: LABEL, at: AFTER });
    expect(await resolve()).toMatchObject({ state: 'ignored', actor: 'rita' });

    fake.addLabelEvent({ pr: PR, actor: { login: 'deploy-app[bot]', type: 'Bot' }, label: LABEL, at: LATER });
    expect(await resolve()).toMatchObject({ state: 'ignored', actor: 'deploy-app[bot]', reason: expect.stringMatching(/bots cannot approve/) });
    // A bot's permission is never even asked.
    expect(fake.requestsTo('GET /repos/{owner}/{repo}/collaborators/{username}/permission').map((r) => r.path)).toEqual([
      expect.stringMatching(/\/rita\/permission$/),
    ]);

    fake.addLabelEvent({ pr: PR, actor: 'maya', label: LABEL, at: LATER, event: 'unlabeled' });
    expect(await resolve()).toBeNull();
  });

  it('a backdated commit pushed after the approval does not inherit it: the push is dated by its workflow run', async () => {
    fake.addLabelEvent({ pr: PR, actor: 'maya', label: LABEL, at: AFTER });
    const sneaky = 'c3c0ffee'.padEnd(40, '0');
    // `git commit --date` / GIT_COMMITTER_DATE: the commit claims to predate the label; GitHub saw it later.
    fake.pushHead(PR, sneaky, { committedAt: BEFORE, runCreatedAt: LATER });
    const warnings: string[] = [];
    const record = await resolve({ headSha: sneaky, onWarning: (m) => warnings.push(m) });
    expect(record).toMatchObject({ state: 'ignored', actor: 'maya', commit: sneaky, reason: 'added before the latest push (c3c0ffe); re-apply it' });
    expect(comment(record)).toMatch(/was ignored: added before the latest push \(c3c0ffe\)/);
    expect(warnings).toEqual([]);
  });

  it('a forward-dated commit only makes approval stricter: the later of commit date and run counts', async () => {
    fake.addLabelEvent({ pr: PR, actor: 'maya', label: LABEL, at: LATER });
    const future = 'd4c0ffee'.padEnd(40, '0');
    fake.pushHead(PR, future, { committedAt: '2026-03-02T00:00:00Z', runCreatedAt: AFTER });
    expect(await resolve({ headSha: future })).toMatchObject({ state: 'ignored', reason: expect.stringMatching(/before the latest push/) });
  });

  it('without actions: read, falls back to the committer date and says so, instead of failing the gate', async () => {
    fake.addLabelEvent({ pr: PR, actor: 'maya', label: LABEL, at: AFTER });
    fake.denyActionsRead();
    const warnings: string[] = [];
    expect(await resolve({ onWarning: (m) => warnings.push(m) })).toMatchObject({ state: 'approved', actor: 'maya', commit: HEAD });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\(403\).*a1c0ffe.*committer date, which the pusher can backdate.*Add `actions: read` under `permissions:`/);
  });

  it('survives 5xx on the events and permission APIs without changing the answer', async () => {
    fake.addLabelEvent({ pr: PR, actor: 'maya', label: LABEL, at: AFTER });
    fake.failNext('GET /repos/{owner}/{repo}/issues/{issue_number}/events', 502, { times: 2 });
    fake.failNext('GET /repos/{owner}/{repo}/collaborators/{username}/permission', 500);
    fake.failNext('GET /repos/{owner}/{repo}/actions/runs', 502);
    expect(await resolve()).toMatchObject({ state: 'approved', actor: 'maya', at: AFTER, commit: HEAD });
  });
});
