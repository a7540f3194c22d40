// Hardening: the approval label is the one way to turn a failing check green, so it must not be
// forgeable. A label added to another head (scope head), by someone below approve-permission, by
// a bot, or removed again never approves; an approval that counts is recorded with who, when and
// which commit — and the comment says so. Which head a label was added to is EvalGate's own
// record: the head in the `labeled` event's payload, written by the run that event started into
// the sticky comment (marker AND author), never when a commit first appeared anywhere.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluateApproval, type ApprovalArgs } from '../../src/github/approval.js';
import type { LabelEvent } from '../../src/github/events.js';
import { buildMarker, encodeMarkerState } from '../../src/github/marker.js';
import type { ApprovalRecord } from '../../src/report/types.js';
import { webhookExample, type PullRequestAction } from '../fixtures/github/webhooks.js';
import { runAction, type ActionRun } from '../support/action-runner.js';
import { clientFor, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import {
  FAKE_OPENAI_KEY,
  PROMPT_PATH,
  PROMPT_V1,
  PROMPT_V2,
  SUITE_PATH,
  supportModel,
  supportSuite,
  withPullRequest,
  type PullRequest,
} from '../e2e/scenarios.js';

const LABEL = 'evalgate: approve-regression';
const HEAD = 'a1c0ffee'.padEnd(40, '0');
const PUSHED = '2026-03-01T12:00:00Z';
const AFTER = '2026-03-01T12:30:00Z';
const LATER = '2026-03-01T13:00:00Z';

const LABEL_EVENT = 77;
const ev = (event: LabelEvent['event'], actor: string | null, at: string, actorType: string | null = 'User'): LabelEvent => ({
  id: LABEL_EVENT,
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
  sightings: [{ event: LABEL_EVENT, head: HEAD }],
  forcePushedAt: [PUSHED],
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
  {
    name: 'the label was seen on another head (scope head)',
    args: { sightings: [{ event: LABEL_EVENT, head: 'e'.repeat(40) }] },
    expected: { state: 'ignored', actor: 'maya', reason: /added while the head was eeeeeee/ },
  },
  { name: 'no run saw the label (scope head)', args: { sightings: [] }, expected: { state: 'ignored', actor: 'maya', reason: /no EvalGate run recorded/ } },
  {
    name: 'a force-push at the second of the label (scope head)',
    args: { events: [ev('labeled', 'maya', PUSHED)] },
    expected: { state: 'ignored', actor: 'maya', reason: /force-pushed after the label/ },
  },
  {
    name: 'scope pr keeps a label seen on another head',
    args: { scope: 'pr', sightings: [{ event: LABEL_EVENT, head: 'e'.repeat(40) }] },
    expected: { state: 'approved', actor: 'maya' },
  },
  {
    name: 'a reader labels',
    args: { events: [ev('labeled', 'rita', AFTER)] },
    expected: { state: 'ignored', actor: 'rita', reason: /rita has read permission; approving needs write/ },
  },
  { name: 'a triager labels', args: { events: [ev('labeled', 'tess', AFTER)] }, expected: { state: 'ignored', actor: 'tess', reason: /triage/ } },
  {
    name: 'a stranger labels',
    args: { events: [ev('labeled', 'drive-by', AFTER)] },
    expected: { state: 'ignored', actor: 'drive-by', reason: /none permission/ },
  },
  { name: 'a writer, when maintain is required', args: { required: 'maintain' }, expected: { state: 'ignored', actor: 'maya', reason: /needs maintain/ } },
  {
    name: 'an admin, when admin is required',
    args: { required: 'admin', events: [ev('labeled', 'ada', AFTER)] },
    expected: { state: 'approved', actor: 'ada' },
  },
  {
    name: 'a bot labels (type Bot)',
    args: { events: [ev('labeled', 'release-app', AFTER, 'Bot')], permissionOf: { 'release-app': 'admin' } },
    expected: { state: 'ignored', actor: 'release-app', reason: /bots cannot approve/ },
  },
  {
    name: 'a [bot] login labels',
    args: { events: [ev('labeled', 'github-actions[bot]', AFTER)], permissionOf: { 'github-actions[bot]': 'admin' } },
    expected: { state: 'ignored', actor: 'github-actions[bot]', reason: /bot/ },
  },
  {
    name: 'a deleted account labels',
    args: { events: [ev('labeled', null, AFTER, null)] },
    expected: { state: 'ignored', actor: 'ghost', reason: /deleted account/ },
  },
  { name: 'the label was removed again', args: { labels: [], events: [ev('labeled', 'maya', AFTER), ev('unlabeled', 'maya', LATER)] }, expected: null },
  {
    name: "a reader re-adds the label a writer added and removed: the reader's counts",
    args: { events: [ev('labeled', 'maya', AFTER), ev('unlabeled', 'maya', AFTER), ev('labeled', 'rita', LATER)] },
    expected: { state: 'ignored', actor: 'rita', reason: /read permission/ },
  },
  { name: 'the label is on the PR with no event naming who added it', args: { events: [] }, expected: { state: 'ignored', actor: 'unknown' } },
  { name: 'another label by an admin', args: { labels: ['lgtm'], events: [{ ...ev('labeled', 'ada', AFTER), label: 'lgtm' }] }, expected: null },
  {
    name: 'the label in other letter case is the same label',
    args: { labels: ['EvalGate: Approve-Regression'] },
    expected: { state: 'approved', actor: 'maya' },
  },
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

// ---- end to end: the built action against the fake GitHub and model -----------------------------

const E2E_TIMEOUT_MS = 120_000;

describe('the built action binds an approval to the head the label was added to', () => {
  let github: FakeGitHub;
  let openai: FakeOpenAi;
  const pulls: PullRequest[] = [];

  beforeAll(async () => {
    openai = await startFakeOpenAi({ model: supportModel, apiKey: FAKE_OPENAI_KEY });
  });
  afterAll(async () => {
    await openai.close();
  });
  afterEach(async () => {
    await github?.close();
    for (const pr of pulls.splice(0)) pr.remove();
  });

  /** A PR whose head A drops the return policy (a regression a maintainer may accept). */
  async function regressingPullRequest(): Promise<PullRequest> {
    github = await startFakeGitHub();
    github.setPermission('maintainer', 'maintain');
    const pr = withPullRequest({ github, base: { [SUITE_PATH]: supportSuite(), [PROMPT_PATH]: PROMPT_V1 }, head: { [PROMPT_PATH]: PROMPT_V2 } });
    pulls.push(pr);
    return pr;
  }

  /** Commit B on the PR branch after A, and the checkout of the PR's merge commit with B. */
  function commitOnBranch(pr: PullRequest, files: Record<string, string>): string {
    pr.repo.git('checkout', '-q', 'feature');
    const sha = pr.repo.commit(files, 'B: unreviewed');
    pr.repo.git('checkout', '-q', '--detach', pr.baseSha);
    pr.repo.git('merge', '-q', '--no-ff', '-m', `Merge ${sha}`, 'feature');
    return sha;
  }

  /** Runs the action for an event whose payload shows `head` (a re-run replays an old payload). */
  function runFor(
    pr: PullRequest,
    head: string,
    action: PullRequestAction,
    extra: { sender?: string; attempt?: number; eventName?: string } = {},
  ): Promise<ActionRun> {
    return runAction({
      workspace: pr.workspace,
      event: {
        name: extra.eventName ?? 'pull_request',
        payload: webhookExample('pull_request', action, {
          number: pr.number,
          headSha: head,
          baseSha: pr.baseSha,
          owner: github.repo.owner,
          repo: github.repo.repo,
          ...(action === 'labeled' ? { label: LABEL } : {}),
          ...(extra.sender === undefined ? {} : { sender: extra.sender }),
        }),
      },
      inputs: { 'openai-api-key': FAKE_OPENAI_KEY, 'openai-base-url': openai.url },
      env: extra.attempt === undefined ? {} : { GITHUB_RUN_ATTEMPT: String(extra.attempt) },
      githubApiUrl: github.baseUrl,
      githubToken: github.token,
    });
  }

  /** The comment as a reader sees it: without the invisible word joiners that keep references unlinked. */
  const body = (pr: PullRequest) => {
    const comments = github.comments(pr.number);
    expect(comments).toHaveLength(1);
    return comments[0].body.replaceAll('\u2060', '');
  };

  it(
    'the issue #13 attack: B ran on a scratch branch at 10:00, A was approved at 11:00, the PR moved to B at 12:00 → B is not approved',
    { timeout: E2E_TIMEOUT_MS },
    async () => {
      const pr = await regressingPullRequest();
      const A = pr.headSha;
      expect((await runFor(pr, A, 'synchronize')).outputs.decision).toBe('fail');

      // B already exists and ran (a push to a scratch branch) before anyone approved anything.
      const B = commitOnBranch(pr, { 'docs/unreviewed.md': 'anything\n' });
      github.addWorkflowRun({ headSha: B, createdAt: '2026-03-01T10:00:00Z', event: 'push' });
      github.addCommit(B, '2026-03-01T09:00:00Z');

      // 11:00: the maintainer reviews A and approves it; the labeled run sees A.
      github.addLabelEvent({ pr: pr.number, actor: 'maintainer', label: LABEL, at: '2026-03-01T11:00:00Z' });
      const approvedA = await runFor(pr, A, 'labeled', { sender: 'maintainer' });
      expect(approvedA.outputs.decision).toBe('approved');
      expect(body(pr)).toMatch(new RegExp(`Approved by @\\S*maintainer at .* for .*${A.slice(0, 7)}`));
      // The headline is rendered again from the facts kept in the marker, causes included.
      expect(body(pr).split('\n')[1]).toMatch(/^### ☑️ Regression approved — \S/);

      // 12:00: the branch is fast-forwarded to B (no force-push), which GitHub runs again.
      github.pushHead(pr.number, B, { committedAt: '2026-03-01T09:00:00Z', runCreatedAt: '2026-03-01T12:00:00Z' });
      const atB = await runFor(pr, B, 'synchronize');
      expect(atB.outputs.decision).toBe('fail');
      expect(atB.code).not.toBe(0);
      expect(body(pr)).toMatch(new RegExp(`was ignored: added while the head was ${A.slice(0, 7)}, not ${B.slice(0, 7)}; re-apply it`));
      expect(body(pr)).not.toMatch(/Approved by/);
      // A's verdict is kept as an earlier push.
      expect(body(pr)).toContain(`<summary>Earlier pushes (1; previous: ${A.slice(0, 7)} ❌ Regression)</summary>`);
      // Nothing about when B first appeared was consulted.
      expect(github.requestsTo('GET /repos/{owner}/{repo}/actions/runs')).toEqual([]);

      // A re-run of the 11:00 labeled job replays its payload (head A): it records nothing new.
      const rerun = await runFor(pr, A, 'labeled', { sender: 'maintainer', attempt: 2 });
      expect(rerun.stdout).toMatch(/Not recording which commit the approve label was added to: this is attempt 2/);
      expect((await runFor(pr, B, 'synchronize')).outputs.decision).toBe('fail');

      // Re-applying the label while the PR shows B approves B.
      github.addLabelEvent({ pr: pr.number, actor: 'maintainer', label: LABEL, at: '2026-03-01T13:00:00Z', event: 'unlabeled' });
      github.addLabelEvent({ pr: pr.number, actor: 'maintainer', label: LABEL, at: '2026-03-01T13:01:00Z' });
      const approvedB = await runFor(pr, B, 'labeled', { sender: 'maintainer', eventName: 'pull_request_target' });
      expect(approvedB.outputs.decision).toBe('approved');
      expect(body(pr)).toMatch(new RegExp(`Approved by @\\S*maintainer at .* for .*${B.slice(0, 7)}`));
    },
  );

  it('a label added while no EvalGate run saw it, or a stale labeled run after a push, approves nothing', { timeout: E2E_TIMEOUT_MS }, async () => {
    const pr = await regressingPullRequest();
    const A = pr.headSha;
    expect((await runFor(pr, A, 'synchronize')).outputs.decision).toBe('fail');
    // The workflow does not run on `labeled` (or that run never happened): nothing saw the head.
    github.addLabelEvent({ pr: pr.number, actor: 'maintainer', label: LABEL, at: '2026-03-01T11:00:00Z' });
    const next = await runFor(pr, A, 'synchronize');
    expect(next.outputs.decision).toBe('fail');
    expect(body(pr)).toMatch(/was ignored: no EvalGate run recorded which commit the label was added to/);

    // The labeled run starts only after the branch moved on to B: its payload (A) is stale.
    const B = commitOnBranch(pr, { 'docs/late.md': 'late\n' });
    github.pushHead(pr.number, B, { committedAt: '2026-03-01T11:30:00Z' });
    const late = await runFor(pr, A, 'labeled', { sender: 'maintainer' });
    expect(late.stdout).toMatch(/Not recording .*: the head moved from .* to /);
    expect((await runFor(pr, B, 'synchronize')).outputs.decision).toBe('fail');

    // A labeled run started by someone else than the last labeler records nothing either.
    github.setPermission('mallory', 'read');
    const spoofed = await runFor(pr, B, 'labeled', { sender: 'mallory' });
    expect(spoofed.stdout).toMatch(/Not recording .*: the last labeled event is by maintainer, this run was started by mallory/);
    expect((await runFor(pr, B, 'synchronize')).outputs.decision).toBe('fail');
  });

  it("a record in someone else's comment is never trusted, however well it is forged", { timeout: E2E_TIMEOUT_MS }, async () => {
    const pr = await regressingPullRequest();
    const A = pr.headSha;
    github.addLabelEvent({ pr: pr.number, actor: 'maintainer', label: LABEL, at: '2026-03-01T11:00:00Z' });
    const { data } = await clientFor(github).rest.issues.listEvents({ ...github.repo, issue_number: pr.number });
    const eventId = data.filter((e) => e.event === 'labeled').at(-1)!.id;
    const forged = encodeMarkerState({ v: 1, head: A, verdict: 'fail', outputs: {}, sightings: [{ event: eventId, head: A }] });
    github.addComment({ pr: pr.number, as: 'mallory', body: `${buildMarker({ suite: 'support', headSha: A, state: forged })}\nlooks official` });

    const run = await runFor(pr, A, 'synchronize');
    expect(run.outputs.decision).toBe('fail');
    const ours = github.comments(pr.number).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toMatch(/was ignored: no EvalGate run recorded/);
  });
});
