import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateApproval, resolveApproval, type ApprovalArgs } from '../../src/github/approval.js';
import type { LabelEvent } from '../../src/github/events.js';
import type { ApprovalRecord } from '../../src/report/types.js';
import { clientFor, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const LABEL = 'evalgate: approve-regression';
const HEAD = 'abc1234def5678abc1234def5678abc1234def56';
const PUSHED = '2024-05-01T12:00:00Z';
const AFTER = '2024-05-01T13:00:00Z';
const BEFORE = '2024-05-01T11:00:00Z';

const LABEL_EVENT = 901;
const labeled = (actor: string | null, at: string, extra: Partial<LabelEvent> = {}): LabelEvent => ({
  id: LABEL_EVENT,
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
  sightings: [{ event: LABEL_EVENT, head: HEAD }],
  forcePushedAt: [],
  headSha: HEAD,
};

interface Row {
  name: string;
  args: Partial<ApprovalArgs>;
  expected: (Pick<ApprovalRecord, 'state' | 'actor'> & { reason?: RegExp }) | null;
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
      name: 'scope head: the label was seen on another head',
      args: { sightings: [{ event: LABEL_EVENT, head: 'f'.repeat(40) }] },
      expected: { state: 'ignored', actor: 'maya', reason: /^added while the head was fffffff, not abc1234; re-apply it$/ },
    },
    {
      name: 'scope head: no run recorded which head the label saw',
      args: { sightings: [] },
      expected: { state: 'ignored', actor: 'maya', reason: /no EvalGate run recorded which commit the label was added to/ },
    },
    {
      name: 'scope head: a sighting of another label event does not count for this one',
      args: { sightings: [{ event: LABEL_EVENT + 1, head: HEAD }] },
      expected: { state: 'ignored', actor: 'maya', reason: /no EvalGate run recorded/ },
    },
    {
      name: 'scope head: runs disagreed about the head',
      args: { sightings: [{ event: LABEL_EVENT, head: null }] },
      expected: { state: 'ignored', actor: 'maya', reason: /disagree/ },
    },
    {
      name: 'scope head: a force-push after the label',
      args: { forcePushedAt: [PUSHED, '2024-05-01T13:30:00Z'] },
      expected: { state: 'ignored', actor: 'maya', reason: /force-pushed after the label/ },
    },
    { name: 'scope head: a force-push before the label does not matter', args: { forcePushedAt: [PUSHED] }, expected: { state: 'approved', actor: 'maya' } },
    { name: 'scope pr: needs no sighting', args: { scope: 'pr', sightings: [], forcePushedAt: [AFTER] }, expected: { state: 'approved', actor: 'maya' } },
    {
      name: 'the last labeled event names the actor',
      args: {
        events: [labeled('maya', AFTER), { ...labeled('maya', AFTER), event: 'unlabeled' }, labeled('tom', '2024-05-01T14:00:00Z')],
        permissionOf: { maya: 'admin', tom: 'read' },
      },
      expected: { state: 'ignored', actor: 'tom', reason: /tom has read permission/ },
    },
    {
      name: 'label removed (not on the PR) → no approval',
      args: { labels: ['bug'], events: [labeled('maya', AFTER), { ...labeled('maya', AFTER), event: 'unlabeled' }] },
      expected: null,
    },
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

describe('resolveApproval against the fake API', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub();
    fake.addPullRequest({ number: 21, headSha: HEAD, baseSha: 'b'.repeat(40), headCommittedAt: PUSHED });
  });
  afterEach(async () => {
    await fake.close();
  });
  const options = { approveLabel: LABEL, required: 'write', scope: 'head', headSha: HEAD, sightings: [] } as const;
  async function labelEventIds(): Promise<number[]> {
    const { data } = await clientFor(fake).rest.issues.listEvents({ ...fake.repo, issue_number: 21 });
    return data.filter((e) => e.event === 'labeled').map((e) => e.id);
  }

  it('approves a label a run saw on this head, added by a maintainer', async () => {
    fake.setPermission('maya', 'maintain');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: AFTER });
    const [id] = await labelEventIds();
    expect(await resolveApproval(clientFor(fake), fake.repo, 21, { ...options, sightings: [{ event: id, head: HEAD }] })).toMatchObject({
      state: 'approved',
      actor: 'maya',
      at: AFTER,
    });
  });

  it('a new push makes the approval lapse: the label was seen on the old head', async () => {
    fake.setPermission('maya', 'write');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: AFTER });
    const [id] = await labelEventIds();
    const newHead = 'def5678'.padEnd(40, '0');
    fake.pushHead(21, newHead, { committedAt: '2024-05-02T00:00:00Z' });
    const record = await resolveApproval(clientFor(fake), fake.repo, 21, { ...options, headSha: newHead, sightings: [{ event: id, head: HEAD }] });
    expect(record).toMatchObject({ state: 'ignored', commit: newHead, reason: 'added while the head was abc1234, not def5678; re-apply it' });
  });

  it('a force-push after the label makes it lapse, even back to the commit it was seen on', async () => {
    fake.setPermission('maya', 'write');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: AFTER });
    const [id] = await labelEventIds();
    fake.addForcePush({ pr: 21, actor: 'author', at: '2024-05-03T00:00:00Z' });
    const record = await resolveApproval(clientFor(fake), fake.repo, 21, { ...options, sightings: [{ event: id, head: HEAD }] });
    expect(record).toMatchObject({ state: 'ignored', reason: `the branch was force-pushed after the label was added (${HEAD.slice(0, 7)}); re-apply it` });
  });

  it('never asks when a commit first appeared: no workflow-run or commit lookups', async () => {
    fake.setPermission('maya', 'write');
    fake.addLabelEvent({ pr: 21, actor: 'maya', label: LABEL, at: BEFORE });
    await resolveApproval(clientFor(fake), fake.repo, 21, options);
    await resolveApproval(clientFor(fake), fake.repo, 21, { ...options, scope: 'pr' });
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
