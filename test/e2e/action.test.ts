// End-to-end: the built bundle dist/index.js, started in a child process exactly as the GitHub
// runner starts it, against the fake GitHub API and the fake OpenAI server, on real git checkouts
// of a pull request's merge commit. Rebuild (`node scripts/build.mjs`) after changing src/.
import { pts, signedPts } from '../../src/util/numbers.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contractProblems } from '../github/openapi-contract.js';
import type { ActionRun } from '../support/action-runner.js';
import { GRAPHQL_ROUTE, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import {
  FAKE_OPENAI_KEY,
  JUDGE_MISSING_REASON,
  LEAK_MARKER,
  PLANTED,
  PROMPT_PATH,
  PROMPT_V1,
  PROMPT_V2,
  SUITE_PATH,
  SUPPORT_CASES,
  supportModel,
  supportSuite,
  withPullRequest,
  type Files,
  type PullRequest,
} from './scenarios.js';

/** A run spawns node, two git worktrees and ~50 model calls: seconds, not milliseconds. */
const E2E_TIMEOUT_MS = 120_000;
const APPROVE_LABEL = 'evalgate: approve-regression';
const REGRESSED_IDS = SUPPORT_CASES.filter((c) => c.refund).map((c) => c.id);
/** Node prints `    at fn (file:line:col)` lines for an uncaught error's stack. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const BASE: Files = {
  [SUITE_PATH]: supportSuite(),
  [PROMPT_PATH]: PROMPT_V1,
  'docs/readme.md': '# ShoeShop support bot\n',
};

let github: FakeGitHub;
let openai: FakeOpenAi;
const pulls: PullRequest[] = [];

beforeAll(async () => {
  openai = await startFakeOpenAi({ model: supportModel, apiKey: FAKE_OPENAI_KEY });
});

afterAll(async () => {
  await openai.close();
});

beforeEach(() => {
  openai.reset();
});

/** Every request the action made is one GitHub documents, answered as GitHub answers it. */
function expectGitHubContractKept(): void {
  expect(contractProblems(github.requests)).toEqual([]);
}

/** A fresh fake GitHub per test, for scenarios of a single run; the contract is checked after each. */
function freshGitHubPerTest(): void {
  beforeEach(async () => {
    github = await startFakeGitHub();
  });
  afterEach(async () => {
    try {
      expectGitHubContractKept();
    } finally {
      await github.close();
      for (const pr of pulls.splice(0)) pr.remove();
    }
  });
}

function pullRequest(head: Files, options: { forkOwner?: string } = {}): PullRequest {
  const pr = withPullRequest({ github, base: BASE, head, ...options });
  pulls.push(pr);
  return pr;
}

function keyInputs(): Record<string, string> {
  return { 'openai-api-key': FAKE_OPENAI_KEY, 'openai-base-url': openai.url };
}

function log(run: ActionRun): string {
  return run.stdout + run.stderr;
}

function onlyComment(pr: PullRequest): { id: number; body: string; login: string } {
  const comments = github.comments(pr.number);
  expect(comments).toHaveLength(1);
  const [c] = comments;
  return { id: c.id, body: c.body, login: c.user.login };
}

describe('a prompt change that drops the return policy', () => {
  // One pull request through its life: the first run, a re-run, then approval labels. The steps
  // share the fake GitHub's state, as runs of one PR share the real one.
  let pr: PullRequest;
  let first: { id: number; body: string };

  beforeAll(async () => {
    github = await startFakeGitHub();
    github.setPermission('triager', 'triage');
    github.setPermission('maintainer', 'write');
    pr = withPullRequest({ github, base: BASE, head: { [PROMPT_PATH]: PROMPT_V2 } });
  });

  afterEach(() => {
    expectGitHubContractKept();
  });

  afterAll(async () => {
    await github.close();
    pr.remove();
  });

  it('fails, and posts one comment with the regressed cases, the judge reasoning, score and cost deltas', { timeout: E2E_TIMEOUT_MS }, async () => {
    const run = await pr.run({ action: 'synchronize', inputs: keyInputs() });

    expect(run.outputs.decision).toBe('fail');
    expect(run.code).not.toBe(0);
    expect(openai.stats().chatRequests).toBeGreaterThan(0);
    const comment = onlyComment(pr);
    expect(comment.login).toBe('github-actions[bot]');
    for (const id of REGRESSED_IDS) expect(comment.body).toContain(id);
    expect(comment.body).toContain(JUDGE_MISSING_REASON);
    expect(comment.body).toMatch(/\| Cost per (case|1k cases) \| \$[\d.]+ \| \$[\d.]+ \| /);
    expect(comment.body).toContain(pr.headSha.slice(0, 7));

    expect(Number(run.outputs['score-base'])).toBeGreaterThan(Number(run.outputs['score-head']));
    expect(Number(run.outputs['score-delta'])).toBeLessThan(0);
    expect(comment.body).toContain(scoreRow(run.outputs));
    for (const name of ['cost-base', 'cost-head', 'cost-delta']) expect(run.outputs[name]).toMatch(/^-?\d/);
    expect(run.outputs.regressions).toBe(String(REGRESSED_IDS.length));
    expect(run.outputs['comment-url']).toMatch(new RegExp(`/pull/${pr.number}#issuecomment-${comment.id}$`));
    expect(existsSync(run.outputs['report-path'])).toBe(true);
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as { decision?: unknown };
    expect(report.decision).toBe('fail');
    // An error annotation on the changed prompt line, and the JUnit file beside the report.
    expect(run.stdout).toMatch(
      new RegExp(`^::error title=EvalGate [^,]*this change regresses the evaluation,file=${PROMPT_PATH},line=\\d+,endLine=\\d+::Score −`, 'm'),
    );
    const junit = readFileSync(join(dirname(run.outputs['report-path']), 'evalgate-junit.xml'), 'utf8');
    for (const id of REGRESSED_IDS) expect(junit).toMatch(new RegExp(`<testcase name="${id}"[^>]*>\\n\\s*<failure message="regressed: `));

    // The job summary is the full report: every failing case with the judge's reasoning.
    for (const id of REGRESSED_IDS) expect(run.summary).toContain(id);
    expect(run.summary).toContain(JUDGE_MISSING_REASON);
    expect(run.summary).toContain(scoreRow(run.outputs));
    first = comment;
  });

  it('updates the same comment when the job runs again for the same head', { timeout: E2E_TIMEOUT_MS }, async () => {
    const run = await pr.run({ action: 'synchronize', inputs: keyInputs() });

    expect(run.outputs.decision).toBe('fail');
    expect(run.code).not.toBe(0);
    const comment = onlyComment(pr);
    expect(comment.id).toBe(first.id);
    // Updated in place (not deleted and re-posted): one create, then one edit of that comment.
    expect(github.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
    const edits = github.requestsTo('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}');
    expect(edits.map((r) => r.path)).toEqual([`/repos/acme/widgets/issues/comments/${first.id}`]);
    expect(edits[0].body).toEqual({ body: comment.body });
    expect(github.requestsTo('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}')).toEqual([]);
  });

  it('ignores the approve label from a triage-only user, and says why, without calling the model', { timeout: E2E_TIMEOUT_MS }, async () => {
    github.addLabelEvent({ pr: pr.number, actor: 'triager', label: APPROVE_LABEL, at: '2024-01-05T00:00:00Z' });

    const run = await pr.run({ action: 'labeled', label: APPROVE_LABEL, sender: 'triager', inputs: keyInputs() });

    expect(run.outputs.decision).toBe('fail');
    expect(run.code).not.toBe(0);
    expect(openai.stats().chatRequests).toBe(0);
    const comment = onlyComment(pr);
    expect(comment.id).toBe(first.id);
    expect(comment.body).toMatch(/by @\S*triager was ignored: triager has triage permission; approving needs write or higher/);
    expect(comment.body).toContain('To accept this regression, add the label');
    // The results shown are still those of the evaluation.
    for (const id of REGRESSED_IDS) expect(comment.body).toContain(id);
  });

  it(
    'approves when a user with write permission adds the label, naming them and the commit, without calling the model',
    { timeout: E2E_TIMEOUT_MS },
    async () => {
      github.addLabelEvent({ pr: pr.number, actor: 'maintainer', label: APPROVE_LABEL, at: '2024-01-06T00:00:00Z', event: 'unlabeled' });
      github.addLabelEvent({ pr: pr.number, actor: 'maintainer', label: APPROVE_LABEL, at: '2024-01-06T00:01:00Z' });

      const run = await pr.run({ action: 'labeled', label: APPROVE_LABEL, sender: 'maintainer', inputs: keyInputs() });

      expect(run.outputs.decision).toBe('approved');
      expect(run.code).toBe(0);
      expect(openai.stats().chatRequests).toBe(0);
      const comment = onlyComment(pr);
      expect(comment.id).toBe(first.id);
      expect(comment.body).toMatch(new RegExp(`Approved by @\\S*maintainer at .* for .*${pr.headSha.slice(0, 7)}`));
      expect(comment.body).not.toMatch(/triage permission/);
      expect(comment.body).not.toContain('To accept this regression');
      // The evaluated results are still shown.
      for (const id of REGRESSED_IDS) expect(comment.body).toContain(id);
      // The outputs still describe the evaluation; a report path, if any, must exist in this job.
      expect(run.outputs['score-delta']).toMatch(/^-\d/);
      expect(run.outputs.regressions).toBe(String(REGRESSED_IDS.length));
      expect(run.outputs['report-path'] === undefined || existsSync(run.outputs['report-path'])).toBe(true);
    },
  );
});

/** The comment's score row as the outputs predict it: `| Score | 0.950 | 0.575 | ▼ −0.375 |`. */
function scoreRow(outputs: Record<string, string>): string {
  const [base, head, delta] = ['score-base', 'score-head', 'score-delta'].map((k) => Number(outputs[k]));
  // Score points, as the comment and the verdict write them; a drop is marked as bad news.
  return `| Score (pts) | ${pts(base)} | ${pts(head)} | 🔴 ${signedPts(delta)} pts |`;
}

/** Markdown outside fenced code blocks: where GitHub renders HTML and turns `@name` into a ping. */
function outsideFencedCode(markdown: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const opener = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && opener !== undefined) fence = opener;
    else if (fence !== null && line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = null;
    else if (fence === null) kept.push(line);
  }
  expect(fence, 'a code block is never closed').toBeNull();
  return kept.join('\n');
}

describe('pull requests the suite does not gate', () => {
  freshGitHubPerTest();

  it('is not applicable when only docs changed: exit 0, no model call, no comment', { timeout: E2E_TIMEOUT_MS }, async () => {
    const pr = pullRequest({ 'docs/readme.md': '# ShoeShop support bot\n\nNow with FAQ.\n' });
    expect(pr.changed.map((f) => f.filename)).toEqual(['docs/readme.md']);

    const run = await pr.run({ action: 'opened', inputs: keyInputs() });

    expect(run.outputs.decision).toBe('not-applicable');
    expect(run.code).toBe(0);
    expect(openai.stats().chatRequests).toBe(0);
    expect(github.comments(pr.number)).toEqual([]);
    expect(run.summary).toMatch(/no model was called/i);
  });

  it.each([
    { onMissingKey: 'fail', exitsNonZero: true },
    { onMissingKey: 'skip', exitsNonZero: false },
  ])(
    'skips a fork pull request without a key (on-missing-key: $onMissingKey), explaining why',
    { timeout: E2E_TIMEOUT_MS },
    async ({ onMissingKey, exitsNonZero }) => {
      const pr = pullRequest({ [PROMPT_PATH]: PROMPT_V2 }, { forkOwner: 'outsider' });

      const run = await pr.run({
        action: 'opened',
        token: github.readOnlyToken,
        inputs: { 'openai-api-key': '', 'openai-base-url': openai.url, 'on-missing-key': onMissingKey },
      });

      expect(run.outputs.decision).toBe('skipped');
      expect(run.code === 0).toBe(!exitsNonZero);
      expect(openai.stats().chatRequests).toBe(0);
      expect(run.summary).toMatch(/fork/i);
      expect(run.summary).toMatch(/no secrets/i);
      // The read-only token cannot comment; that is a warning naming the cause, not a crash.
      expect(github.comments(pr.number)).toEqual([]);
      expect(run.stdout).toMatch(/^::warning::GitHub refused to comment on the pull request \(403\)/m);
      expect(log(run)).not.toMatch(STACK_FRAME);
    },
  );
});

describe('a model switch in the suite target', () => {
  freshGitHubPerTest();

  it('shows the cost delta and fails on the cost gate', { timeout: E2E_TIMEOUT_MS }, async () => {
    // Base suite already carries the gate, so only the model differs between the two sides.
    const gate = { 'max-cost-increase': '50%' };
    const pr = withPullRequest({
      github,
      base: { ...BASE, [SUITE_PATH]: supportSuite({ gate }) },
      head: { [SUITE_PATH]: supportSuite({ model: 'gpt-4o', gate }) },
    });
    pulls.push(pr);

    const run = await pr.run({ action: 'synchronize', inputs: keyInputs() });

    expect(run.outputs.decision).toBe('fail');
    expect(run.code).not.toBe(0);
    expect(Number(run.outputs['score-delta'])).toBe(0);
    expect(Number(run.outputs['cost-head'])).toBeGreaterThan(Number(run.outputs['cost-base']) * 1.5);
    const { body } = onlyComment(pr);
    expect(body).toMatch(/cost per (case|1k cases) rose \d+(\.\d+)?%/);
    expect(body).toContain('above the 50% limit');
    // Higher cost is bad news: marked red.
    expect(body).toMatch(/\| Cost per (case|1k cases) \| \$[\d.]+ \| \$[\d.]+ \| 🔴 \+\$[\d.]+ \(\+\d+(\.\d+)?%\)/);
    expect(body).toContain('gpt-4o');
  });
});

describe('untrusted model output', () => {
  freshGitHubPerTest();

  it('never shows planted secrets, live mentions or HTML in the comment, summary or log', { timeout: E2E_TIMEOUT_MS }, async () => {
    const pr = pullRequest({ [PROMPT_PATH]: `${PROMPT_V2}${LEAK_MARKER}\n` });

    const run = await pr.run({ action: 'synchronize', inputs: keyInputs() });

    expect(run.outputs.decision).toBe('fail');
    const { body } = onlyComment(pr);
    // The leaking answers are shown (they fail), neutralised.
    // As prose the brackets are escaped (\[REDACTED\]); GitHub shows [REDACTED].
    expect(body).toMatch(/\\?\[REDACTED\\?\]/);
    expect(run.summary).toMatch(/\\?\[REDACTED\\?\]/);
    const secrets = [PLANTED.openaiKey, PLANTED.githubToken, FAKE_OPENAI_KEY];
    for (const [where, text] of [
      ['comment', body],
      ['summary', run.summary],
    ] as const) {
      for (const secret of secrets) expect(text.includes(secret), `${where} contains ${secret}`).toBe(false);
      // Inside a fenced block GitHub shows text literally (no ping, no HTML); outside it must not be live.
      const live = outsideFencedCode(text);
      expect(live.includes(PLANTED.mention), `${where} pings ${PLANTED.mention}`).toBe(false);
      expect(live.includes(PLANTED.html), `${where} injects ${PLANTED.html}`).toBe(false);
    }
    const logLines = log(run).split('\n');
    for (const planted of Object.values(PLANTED)) expect(log(run)).not.toContain(planted);
    // The runner masks the key from the `::add-mask::` line on; nothing may print it before or elsewhere.
    expect(logLines.filter((l) => l.includes(FAKE_OPENAI_KEY))).toEqual([`::add-mask::${FAKE_OPENAI_KEY}`]);
    expect(logLines[0]).toBe(`::add-mask::${FAKE_OPENAI_KEY}`);
  });
});

describe('a GitHub App installation token', () => {
  // GET /user answers 403 to App tokens; identity comes from GraphQL's viewer, so the action finds
  // its own comment (authored by my-app[bot]) on the next run instead of posting another one.
  let pr: PullRequest;

  beforeAll(async () => {
    github = await startFakeGitHub();
    github.setPermission('triager', 'triage');
    pr = withPullRequest({ github, base: BASE, head: { [PROMPT_PATH]: PROMPT_V2 } });
  });

  afterAll(async () => {
    try {
      expectGitHubContractKept();
    } finally {
      await github.close();
      pr.remove();
    }
  });

  it('keeps one sticky comment across two runs, and re-decides a label event from it without calling the model', { timeout: E2E_TIMEOUT_MS }, async () => {
    const token = github.addAppToken('my-app');
    const first = await pr.run({ action: 'synchronize', inputs: keyInputs(), token });
    expect(first.outputs.decision).toBe('fail');
    const posted = onlyComment(pr);
    expect(posted.login).toBe('my-app[bot]');

    openai.reset();
    github.addLabelEvent({ pr: pr.number, actor: 'triager', label: APPROVE_LABEL, at: '2024-01-05T00:00:00Z' });
    const second = await pr.run({ action: 'labeled', label: APPROVE_LABEL, sender: 'triager', inputs: keyInputs(), token });

    expect(second.outputs.decision).toBe('fail');
    expect(openai.stats().chatRequests).toBe(0);
    const comment = onlyComment(pr);
    expect(comment.id).toBe(posted.id);
    expect(comment.login).toBe('my-app[bot]');
    expect(comment.body).toMatch(/by @\S*triager was ignored/);
    expect(github.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
    expect(github.requestsTo(GRAPHQL_ROUTE).every((r) => r.token === token && r.status === 200)).toBe(true);
  });
});
