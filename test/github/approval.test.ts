import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateApproval, headArrival, resolveApproval, type ApprovalArgs } from '../../src/github/approval.js';
import type { LabelEvent } from '../../src/github/events.js';
import type { ApprovalRecord } from '../../src/report/types.js';
import { clientFor, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const LABEL = 'evalgate: approve-regression';
const HEAD = 'abc1234def5678abc1234def5678abc1234def56';
const PUSHED = '2024-05-01T12:00:00Z';
const AFTER = '2024-05-01T13:00:00Z';
const BEFORE = '2024-05-01T11:00:00Z';

const labeled = (actor: string | null, at: string, extra: Partial<LabelEvent> = {}): LabelEvent => ({
  event: 'labeled',
  label: LABEL,
  actor,
  actorType: actor?.endsWith('[bot]') ? 'Bot' : 'User',
  createdAt: at,
  ...extra,
});

const base: ApprovalArgs = {
  labels: [LABEL],
  events: [labeled('maya', AFTER)],
  approveLabel: LABEL,
  permissionOf: { maya: 'write' },
  required: 'write',
  scope: 'head',
  headPushedAt: PUSHED,
  headSha: HEAD,
};

interface Row {
  name: string;
  args: Partial<ApprovalArgs>;
  expected: Pick<ApprovalRecord, 'state' | 'actor'> & { reason?: RegExp } | null;
}

describe('evaluateApproval', () => {
  it.each<Row>([
    { name: 'a write user approves after the push', args: {}, expected: { state: 'approved', actor: 'maya' } },
    { name: 'admin meets write', args: { permissionOf: { maya: 'admin' } }, expected: { state: 'approved', actor: 'maya' } },
    {
      name: 'a triage user is ignored with the reason',
      args: { permissionOf: { maya: 'triage' } },
      expected: { state: 'ignored', actor: 'maya', reason: /maya has triage permission; approving needs write or higher/ },
    },
    {
      name: 'an unknown user counts as none',
      args: { permissionOf: {} },
      expected: { state: 'ignored', actor: 'maya', reason: /has none permission/ },
    },
    {
      name: 'maintain required but the user has write',
      args: { required: 'maintain' },
      expected: { state: 'ignored', actor: 'maya', reason: /needs maintain or higher/ },
    },
    { name: 'maintain required and met', args: { required: 'maintain', permissionOf: { maya: 'maintain' } }, expected: { state: 'approved', actor: 'maya' } },
    {
      name: 'a bot (type Bot) never approves, whatever its permission',
      args: { events: [labeled('helper', AFTER, { actorType: 'Bot' })], permissionOf: { helper: 'admin' } },
      expected: { state: 'ignored', actor: 'helper', reason: /bot/ },
    },
    {
      name: 'a [bot] login never approves',
      args: { events: [labeled('renovate[bot]', AFTER, { actorType: 'User' })], permissionOf: { 'renovate[bot]': 'admin' } },
      expected: { state: 'ignored', actor: 'renovate[bot]', reason: /bot/ },
    },
    {
      name: 'scope head: added before the push does not count',
      args: { events: [labeled('maya', BEFORE)] },
      expected: { state: 'ignored', actor: 'maya', reason: /^added before the latest push \(abc1234\); re-apply it$/ },
    },
    {
      name: 'scope head: added at the same second as the push does not count',
      args: { events: [labeled('maya', PUSHED)] },
      expected: { state: 'ignored', actor: 'maya', reason: /before the latest push/ },
    },
    { name: 'scope pr: added before the push counts', args: { scope: 'pr', events: [labeled('maya', BEFORE)] }, expected: { state: 'approved', actor: 'maya' } },
    { name: 'push time unknown: the label is not dated', args: { headPushedAt: null, events: [labeled('maya', BEFORE)] }, expected: { state: 'approved', actor: 'maya' } },
    {
      name: 'the last labeled event names the actor',
      args: {
        events: [labeled('maya', AFTER), { ...labeled('maya', AFTER), event: 'unlabeled' }, labeled('tom', '2024-05-01T14:00:00Z')],
        permissionOf: { maya: 'admin', tom: 'read' },
      },
      expected: { state: 'ignored', actor: 'tom', reason: /tom has read permission/ },
    },
    { name: 'label removed (not on the PR) → no approval', args: { labels: ['bug'], events: [labeled('maya', AFTER), { ...labeled('maya', AFTER), event: 'unlabeled' }] }, expected: null },
    { name: 'no labels at all → no approval', args: { labels: [], events: [] }, expected: null },
    { name: 'label names compare case-insensitively', args: { labels: ['EvalGate: Approve-Regression'] }, expected: { state: 'approved', actor: 'maya' } },
    {
      name: 'another label event does not name the approver',
      args: { events: [labeled('maya', AFTER, { label: 'bug' })] },
      expected: { state: 'ignored', actor: 'unknown', reason: /re-apply|add it again/ },
    },
    {
      name: 'a deleted account is ignored',
      args: { events: [labeled(null, AFTER)] },
      expected: { state: 'ignored', actor: 'ghost', reason: /deleted/ },
    },
  ])('$name', ({ args, expected }) => {
    const record = evaluateApproval({ ...base, ...args });
    if (expected === null) {
      expect(record).toBeNull();
      return;
    }
    expect(record).toMatchObject({ state: expected.state, actor: expected.actor, commit: HEAD });
    if (expected.reason) expect(record?.reason).toMatch(expected.reason);
  });

  it('records who approved, when, and for which commit', () => {
    expect(evaluateApproval(base)).toEqual<ApprovalRecord>({
      state: 'approved',
      actor: 'maya',
      at: AFTER,
      commit: HEAD,
      reason: 'approved by maya (write)',
    });
  });
});

describe('headArrival: the later of the first run (GitHub clock) and the committer date', () => {
  it.each<{ name: string; firstRunAt: string | null; committedAt: string | null; expected: string | null }>([
    { name: 'a backdated commit: the run wins', firstRunAt: PUSHED, committedAt: BEFORE, expected: PUSHED },
    { name: 'a forward-dated commit: the commit wins (stricter)', firstRunAt: PUSHED, committedAt: AFTER, expected: AFTER },
    { name: 'the same instant', firstRunAt: PUSHED, committedAt: PUSHED, expected: PUSHED },
    { name: 'different spellings of instants compare by time', firstRunAt: '2024-05-01T12:00:00.500Z', committedAt: '2024-05-01T14:00:00+02:00', expected: '2024-05-01T12:00:00.500Z' },
    { name: 'no run: the committer date', firstRunAt: null, committedAt: BEFORE, expected: BEFORE },
    { name: 'no committer date: the run', firstRunAt: PUSHED, committedAt: null, expected: PUSHED },
    { name: 'neither: unknown', firstRunAt: null, committedAt: null, expected: null },
  ])('$name', ({ firstRunAt, committedAt, expected }) => {
    expect(headArrival(firstRunAt, committedAt)).toBe(expected);
  });
});

describe('resolveApproval against the fake API', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub();
    fake.addPullRequest({ number: 21, headSha: HEAD, baseSha: 'b'.repeat(40), headCommittedAt: PUSHED });
  });
  afterEach(async () => {
    await fake.close();
  });
  const options = { approveLabel: LABEL, required: 'write', scope: 'head', headSha: HEAD } as const;

  it('approves a label added after the head commit by a maintainer', async () => {
    fake.setPermission('maya', 'maintain');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: AFTER });
    expect(await resolveApproval(clientFor(fake), fake.repo, 21, options)).toMatchObject({ state: 'approved', actor: 'maya', at: AFTER });
  });

  it('lets a new push make the approval lapse', async () => {
    fake.setPermission('maya', 'write');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: AFTER });
    const newHead = 'def5678'.padEnd(40, '0');
    fake.pushHead(21, newHead, { committedAt: '2024-05-02T00:00:00Z' });
    const record = await resolveApproval(clientFor(fake), fake.repo, 21, { ...options, headSha: newHead });
    expect(record).toMatchObject({ state: 'ignored', commit: newHead, reason: 'added before the latest push (def5678); re-apply it' });
  });

  it('dates the push by its workflow run, so a backdated head commit cannot keep an older label', async () => {
    fake.setPermission('maya', 'write');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: AFTER });
    const newHead = 'bad0bad'.padEnd(40, '0');
    fake.pushHead(21, newHead, { committedAt: BEFORE, runCreatedAt: '2024-05-01T15:00:00Z' });
    const warnings: string[] = [];
    const record = await resolveApproval(clientFor(fake), fake.repo, 21, { ...options, headSha: newHead, onWarning: (m) => warnings.push(m) });
    expect(record).toMatchObject({ state: 'ignored', commit: newHead, reason: 'added before the latest push (bad0bad); re-apply it' });
    expect(warnings).toEqual([]);
  });

  it('a force-push after the label makes it lapse, even back to a commit that ran before the label', async () => {
    fake.setPermission('maya', 'write');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: AFTER });
    // HEAD's own run predates the label; the force-push back to it comes after.
    fake.addForcePush({ pr: 21, actor: 'author', at: '2024-05-03T00:00:00Z' });
    const record = await resolveApproval(clientFor(fake), fake.repo, 21, options);
    expect(record).toMatchObject({ state: 'ignored', reason: `added before the latest push (${HEAD.slice(0, 7)}); re-apply it` });
  });

  it('uses the earliest run: a later run for the same head (the label event starts one) does not move the push', async () => {
    fake.setPermission('maya', 'write');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: AFTER });
    fake.addWorkflowRun({ headSha: HEAD, createdAt: AFTER });
    const warnings: string[] = [];
    expect(await resolveApproval(clientFor(fake), fake.repo, 21, { ...options, onWarning: (m) => warnings.push(m) })).toMatchObject({
      state: 'approved',
      actor: 'maya',
    });
    expect(warnings).toEqual([]);
    expect(fake.requestsTo('GET /repos/{owner}/{repo}/actions/runs').map((r) => r.query)).toEqual([
      expect.objectContaining({ head_sha: HEAD, per_page: '100' }),
    ]);
  });

  it('without actions: read (403), falls back to the committer date and warns, naming the permission', async () => {
    fake.setPermission('maya', 'write');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: AFTER });
    const newHead = 'bad0bad'.padEnd(40, '0');
    fake.pushHead(21, newHead, { committedAt: BEFORE, runCreatedAt: '2024-05-01T15:00:00Z' });
    fake.denyActionsRead();
    const warnings: string[] = [];
    const record = await resolveApproval(clientFor(fake), fake.repo, 21, { ...options, headSha: newHead, onWarning: (m) => warnings.push(m) });
    // The committer date is all that is left, and it is backdated: the label counts. Hence the warning.
    expect(record).toMatchObject({ state: 'approved', commit: newHead });
    expect(warnings).toEqual([expect.stringMatching(/refused to list workflow runs \(403\).*committer date.*`actions: read`/)]);
  });

  it('with no run for the head, falls back to the committer date and warns', async () => {
    fake.setPermission('maya', 'write');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: AFTER });
    const newHead = 'def5678'.padEnd(40, '0');
    fake.pushHead(21, newHead, { committedAt: '2024-05-02T00:00:00Z', runCreatedAt: null });
    const warnings: string[] = [];
    const record = await resolveApproval(clientFor(fake), fake.repo, 21, { ...options, headSha: newHead, onWarning: (m) => warnings.push(m) });
    expect(record).toMatchObject({ state: 'ignored', reason: expect.stringMatching(/before the latest push/) });
    expect(warnings).toEqual([expect.stringMatching(/^No workflow run found for def5678, .*committer date/)]);
  });

  it('scope pr asks for no push time at all', async () => {
    fake.setPermission('maya', 'write');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: BEFORE });
    fake.denyActionsRead();
    const warnings: string[] = [];
    expect(await resolveApproval(clientFor(fake), fake.repo, 21, { ...options, scope: 'pr', onWarning: (m) => warnings.push(m) })).toMatchObject({ state: 'approved' });
    expect(warnings).toEqual([]);
    expect(fake.requestsTo('GET /repos/{owner}/{repo}/actions/runs')).toEqual([]);
    expect(fake.requestsTo('GET /repos/{owner}/{repo}/commits/{ref}')).toEqual([]);
  });

  it('makes no further calls when the label is absent', async () => {
    expect(await resolveApproval(clientFor(fake), fake.repo, 21, options)).toBeNull();
    expect(fake.requests.map((r) => r.route)).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/labels']);
  });

  it('treats a label added by someone who is not a collaborator as ignored', async () => {
    fake.addLabelEvent({ pr: 21, actor: 'drive-by', label: LABEL, at: AFTER });
    expect(await resolveApproval(clientFor(fake), fake.repo, 21, options)).toMatchObject({ state: 'ignored', actor: 'drive-by' });
  });
});
