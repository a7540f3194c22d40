// End-to-end: a monorepo with three suites, configured by one glob. The built bundle runs against
// the fake GitHub and OpenAI servers: one relevant suite regresses, one relevant suite passes, one
// suite nothing in the PR concerns. One comment, a section per evaluated suite, worst decision
// first, no model call for the suite the PR does not concern, one budget; then the same PR
// through a 2-way shard matrix and the merge job.
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { SuitesReportJson } from '../../src/report/suites-json.js';
import { contractProblems } from '../github/openapi-contract.js';
import { runAction } from '../support/action-runner.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { messageText, startFakeOpenAi, type ChatCompletionRequestBody, type FakeOpenAi } from '../support/fake-openai.js';
import {
  FAKE_OPENAI_KEY,
  POLICY_MARKER,
  PROMPT_PATH,
  PROMPT_V1,
  PROMPT_V2,
  SUPPORT_CASES,
  supportModel,
  supportSuite,
  withPullRequest,
  type Files,
  type PullRequest,
} from './scenarios.js';

const E2E_TIMEOUT_MS = 180_000;
const APPROVE_LABEL = 'evalgate: approve-regression';
const CONFIG = 'evals/**/evalgate.yaml';
const REGRESSED = SUPPORT_CASES.filter((c) => c.refund).map((c) => c.id);
const AGENT_MARKER = 'AGENT-SUITE';
const SUMMARISER_PROMPT = 'prompts/summariser.md';
const AGENT_PROMPT = 'prompts/agent.md';
const AGENT_CHECK = 'evals/agent/checks/polite.mjs';
const AGENT_CHECK_HELPER = 'evals/agent/checks/words.mjs';

/** A chat suite of plain questions whose answers only need to be answers: it passes whatever the prompt's wording. */
function plainSuite(name: string, prompt: string, checks: unknown[]): string {
  return stringify({
    version: 1,
    name,
    target: {
      chat: {
        model: 'gpt-4o-mini',
        temperature: 0,
        messages: [
          { role: 'system', file: prompt },
          { role: 'user', content: '{{question}}' },
        ],
      },
    },
    cases: SUPPORT_CASES.filter((c) => !c.refund).map((c) => ({ id: `${name}-${c.id}`, input: { question: c.question }, checks })),
    sample: { seed: 1, trials: 1 },
  });
}

const BASE: Files = {
  // The regressing suite: the support bot loses its return policy (its own watch: prompts/support*).
  'evals/support/evalgate.yaml': supportSuite().replace('prompts/**', 'prompts/support*'),
  [PROMPT_PATH]: PROMPT_V1,
  // The passing suite: its prompt is reworded, its answers stay answers.
  'evals/summariser/evalgate.yaml': plainSuite('summariser', SUMMARISER_PROMPT, [{ contains: 'Answer:' }]),
  [SUMMARISER_PROMPT]: `Summarise politely. ${POLICY_MARKER}: returns are accepted within 30 days of delivery.\n`,
  // The suite the PR does not concern: its prompt, its javascript check and the module that check imports.
  'evals/agent/evalgate.yaml': plainSuite('agent', AGENT_PROMPT, [{ javascript: AGENT_CHECK }]),
  [AGENT_PROMPT]: `You are the ${AGENT_MARKER} agent.\n`,
  [AGENT_CHECK]: `import { WORDS } from './words.mjs';\nexport default ({ output }) => WORDS.some((w) => output.includes(w));\n`,
  [AGENT_CHECK_HELPER]: `export const WORDS = ['Answer'];\n`,
  'docs/readme.md': '# ShoeShop\n',
};

const HEAD: Files = {
  [PROMPT_PATH]: PROMPT_V2,
  [SUMMARISER_PROMPT]: `Summarise politely and briefly. ${POLICY_MARKER}: returns are accepted within 30 days of delivery.\n`,
};

function agentRequests(openai: FakeOpenAi): ChatCompletionRequestBody[] {
  return openai.chatBodies().filter((req) => req.messages.some((m) => messageText(m.content).includes(AGENT_MARKER)));
}

describe('a monorepo: three suites by one glob, one comment', () => {
  let github: FakeGitHub;
  let openai: FakeOpenAi;
  let pr: PullRequest;
  const keys = () => ({ 'openai-api-key': FAKE_OPENAI_KEY, 'openai-base-url': openai.url, config: CONFIG });

  beforeAll(async () => {
    openai = await startFakeOpenAi({ model: supportModel, apiKey: FAKE_OPENAI_KEY });
    github = await startFakeGitHub();
    pr = withPullRequest({ github, base: BASE, head: HEAD });
  });
  beforeEach(() => openai.reset());
  afterAll(async () => {
    await openai.close();
    await github.close();
    pr.remove();
  });

  it('evaluates the two relevant suites, lists the third without calling a model, and fails with the worst decision', { timeout: E2E_TIMEOUT_MS }, async () => {
    const run = await pr.run({ action: 'synchronize', inputs: { ...keys(), 'max-cost': '2' } });
    const log = run.stdout + run.stderr;

    expect(run.outputs.decision).toBe('fail');
    expect(run.code).not.toBe(0);
    expect(openai.stats().chatRequests).toBeGreaterThan(0);
    expect(agentRequests(openai)).toEqual([]);

    const comments = github.comments(pr.number);
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body.split('\n')[1]).toBe('### ❌ Regression — 3 suites: 1 fail, 1 pass, 1 not-applicable');
    const support = body.indexOf('suite `support`');
    const summariser = body.indexOf('suite `summariser`');
    expect(support).toBeGreaterThan(0);
    expect(summariser).toBeGreaterThan(support);
    expect(body).not.toContain('suite `agent`');
    expect(body).toMatch(/no model was called for it \(`agent`\)/);
    for (const id of REGRESSED) expect(body).toContain(id);

    const suites = JSON.parse(run.outputs.suites) as Array<{ name: string; decision: string; regressions?: string }>;
    expect(suites.map((s) => [s.name, s.decision])).toEqual([
      ['agent', 'not-applicable'],
      ['summariser', 'pass'],
      ['support', 'fail'],
    ]);
    expect(suites.find((s) => s.name === 'support')?.regressions).toBe(String(REGRESSED.length));

    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as SuitesReportJson;
    expect(report.schema).toBe('evalgate-report-suites');
    expect(report.decision).toBe('fail');
    expect(report.suites.map((s) => [s.name, s.decision, s.report === null])).toEqual([
      ['agent', 'not-applicable', true],
      ['summariser', 'pass', false],
      ['support', 'fail', false],
    ]);
    // One budget for the run: each evaluated suite logs its estimate against it; together they stay inside it.
    expect(log).toMatch(/suite support: \d+ case runs planned; .*budget \$2 shared by every suite of the run/);
    expect(log).toMatch(/suite summariser: \d+ case runs planned; .*budget \$2 shared by every suite of the run/);
    expect(log).not.toMatch(/suite agent: \d+ case runs planned/);
    const spent = report.suites.reduce((sum, s) => sum + (s.report?.spend.total ?? 0), 0);
    expect(spent).toBeGreaterThan(0);
    expect(spent).toBeLessThanOrEqual(2);
    expect(run.summary).toContain('suite `support`');
    expect(contractProblems(github.requests)).toEqual([]);
  });

  it('shards post nothing; the merge job decides every suite without calling a model and posts the same one comment', { timeout: E2E_TIMEOUT_MS }, async () => {
    const downloaded = join(pr.workspace, 'downloaded');
    for (const shard of ['1/2', '2/2']) {
      const dir = `shard-${shard[0]}`;
      const run = await pr.run({ action: 'synchronize', inputs: { ...keys(), shard, 'results-dir': dir } });
      expect(run.code).toBe(0);
      // What actions/download-artifact with merge-multiple leaves: every shard's files in one tree.
      cpSync(join(pr.workspace, dir), downloaded, { recursive: true, filter: (src) => !src.endsWith('.jsonl') });
    }
    expect(agentRequests(openai)).toEqual([]);
    expect(github.comments(pr.number)).toHaveLength(1); // the earlier run's, untouched by the shards
    const before = github.comments(pr.number)[0];
    for (const dir of ['evals-support-evalgate', 'evals-summariser-evalgate']) {
      expect(
        readdirSync(join(downloaded, dir))
          .filter((n) => n.startsWith('evalgate-shard-'))
          .sort(),
      ).toEqual(['evalgate-shard-1-of-2.base.json', 'evalgate-shard-1-of-2.head.json', 'evalgate-shard-2-of-2.base.json', 'evalgate-shard-2-of-2.head.json']);
    }
    expect(existsSync(join(downloaded, 'evals-agent-evalgate'))).toBe(false);
    const calls = openai.stats().chatRequests;

    const merged = await pr.run({ action: 'synchronize', inputs: { mode: 'merge', 'results-dir': 'downloaded', config: CONFIG } });
    expect(openai.stats().chatRequests).toBe(calls);
    expect(merged.outputs.decision).toBe('fail');
    const comments = github.comments(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].id).toBe(before.id);
    const body = comments[0].body;
    expect(body.split('\n')[1]).toBe('### ❌ Regression — 3 suites: 1 fail, 1 pass, 1 not-applicable');
    for (const id of REGRESSED) expect(body).toContain(id);
    expect(body).toContain(`${SUPPORT_CASES.length} of ${SUPPORT_CASES.length} cases`);
    const suites = JSON.parse(merged.outputs.suites) as Array<{ name: string; decision: string }>;
    expect(suites.map((s) => [s.name, s.decision])).toEqual([
      ['agent', 'not-applicable'],
      ['summariser', 'pass'],
      ['support', 'fail'],
    ]);
    expect(contractProblems(github.requests)).toEqual([]);
  });

  it('the approval label approves the regressions of every suite of the pull request', { timeout: E2E_TIMEOUT_MS }, async () => {
    github.setPermission('maintainer', 'write');
    github.addLabelEvent({ pr: pr.number, actor: 'maintainer', label: APPROVE_LABEL, at: '2024-01-06T00:01:00Z' });
    const first = github.comments(pr.number)[0];

    const run = await pr.run({ action: 'labeled', label: APPROVE_LABEL, sender: 'maintainer', inputs: keys() });

    expect(run.outputs.decision).toBe('approved');
    expect(run.code).toBe(0);
    const comments = github.comments(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].id).toBe(first.id);
    expect(comments[0].body.split('\n')[1]).toBe('### ☑️ Regression approved — 3 suites: 1 approved, 1 pass, 1 not-applicable');
    expect(comments[0].body).toMatch(new RegExp(`Approved by @\\S*maintainer at .* for .*${pr.headSha.slice(0, 7)}`));
    const suites = JSON.parse(run.outputs.suites) as Array<{ name: string; decision: string }>;
    expect(suites.map((s) => [s.name, s.decision])).toEqual([
      ['agent', 'not-applicable'],
      ['summariser', 'pass'],
      ['support', 'approved'],
    ]);
    expect(agentRequests(openai)).toEqual([]);
  });

  it("mode baseline on a push evaluates every suite and keeps each one's results", { timeout: E2E_TIMEOUT_MS }, async () => {
    const run = await runAction({
      workspace: pr.workspace,
      event: { name: 'push', payload: { repository: { full_name: `${github.repo.owner}/${github.repo.repo}` } } },
      inputs: { ...keys(), 'results-dir': 'baseline-out' },
      githubApiUrl: github.baseUrl,
      githubToken: github.token,
    });
    expect(run.outputs.decision).toBe('pass');
    const suites = JSON.parse(run.outputs.suites) as Array<{ name: string; decision: string; 'report-path': string }>;
    expect(suites.map((s) => [s.name, s.decision])).toEqual([
      ['agent', 'pass'],
      ['summariser', 'pass'],
      ['support', 'pass'],
    ]);
    for (const s of suites) {
      const results = JSON.parse(readFileSync(s['report-path'], 'utf8')) as { meta: { suiteName: string; commit: string } };
      expect(results.meta.suiteName).toBe(s.name);
      expect(results.meta.commit).toBe(pr.mergeSha);
    }
    // On a push every suite is evaluated (there is no pull request to be relevant to).
    expect(agentRequests(openai).length).toBeGreaterThan(0);
  });

  it('a glob that matches no suite is an error naming it, not a pass', { timeout: E2E_TIMEOUT_MS }, async () => {
    const run = await pr.run({ action: 'synchronize', inputs: { ...keys(), config: 'evals/**/evalgate.yaml\nsuites/*/evalgate.yaml' } });
    expect(run.outputs.decision).toBe('error');
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/no suite file \(\.yaml or \.yml\) matches "suites\/\*\/evalgate\.yaml"/);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(openai.stats().chatRequests).toBe(0);
  });

  it('a change to a module a javascript check imports makes its suite relevant', { timeout: E2E_TIMEOUT_MS }, async () => {
    const other = withPullRequest({ github, base: BASE, head: { [AGENT_CHECK_HELPER]: `export const WORDS = ['Answer', 'Reply'];\n` }, number: 8 });
    try {
      // Without a key nothing is evaluated: the comment says which suites the change concerns.
      const run = await other.run({ action: 'opened', inputs: { ...keys(), 'openai-api-key': '', 'on-missing-key': 'skip' } });
      expect(run.outputs.decision).toBe('skipped');
      expect(openai.stats().chatRequests).toBe(0);
      const suites = JSON.parse(run.outputs.suites) as Array<{ name: string; decision: string }>;
      expect(suites.map((s) => [s.name, s.decision])).toEqual([
        ['agent', 'skipped'],
        ['summariser', 'not-applicable'],
        ['support', 'not-applicable'],
      ]);
    } finally {
      other.remove();
    }
  });
});
