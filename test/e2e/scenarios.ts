// Scenario helpers for the end-to-end tests of the action: a real git repository whose checkout is
// the pull request's merge commit (as actions/checkout leaves it), the matching pull request in
// the fake GitHub API, real webhook payloads, and a support suite whose fake model answers from
// the system prompt.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { webhookExample, type PullRequestAction } from '../fixtures/github/webhooks.js';
import { runAction, type ActionRun } from '../support/action-runner.js';
import type { FakeGitHub, FakeFileStatus, SeedFile } from '../support/fake-github.js';
import { createTempRepo, type TempRepo } from '../support/git-repo.js';
import { isJudgeRequest, lastUserText, messageText, type ChatCompletionRequestBody, type FakeAnswer } from '../support/fake-openai.js';

/** Files by path; `null` in a head deletes the file. */
export type Files = Record<string, string | null>;

export interface PullRequestScenario {
  github: FakeGitHub;
  base: Files;
  /** Changes on top of `base` committed on the PR branch. */
  head: Files;
  number?: number;
  /** The head branch lives in a fork owned by this login (GitHub gives such runs no secrets). */
  forkOwner?: string;
  /** Committer date of the head commit as the API reports it. */
  headCommittedAt?: string;
}

export interface PullRequest {
  repo: TempRepo;
  /** The checkout: the merge commit, detached. */
  workspace: string;
  number: number;
  baseSha: string;
  headSha: string;
  mergeSha: string;
  /** Paths changed between base and head, as the PR files API lists them. */
  changed: SeedFile[];
  /** A `pull_request` event of this PR. */
  event(action: PullRequestAction, extra?: { label?: string; sender?: string }): { name: string; payload: unknown };
  /**
   * Runs the built action on this checkout. Each run starts without the results directory, as a
   * fresh job does, so nothing computed by an earlier run (response cache, reports) carries over.
   */
  run(args: {
    action?: PullRequestAction;
    label?: string;
    sender?: string;
    inputs?: Partial<Record<string, string>>;
    token?: string;
    /** The step's `env:` (endpoint keys from secrets). */
    env?: Record<string, string>;
  }): Promise<ActionRun>;
  remove(): void;
}

const GIT_STATUS: Record<string, FakeFileStatus> = { A: 'added', M: 'modified', D: 'removed' };
const RESULTS_DIR = 'evalgate-results';
/**
 * The key the fake OpenAI accepts. Shaped like an Azure OpenAI key (32 hex digits), which no
 * built-in secret pattern matches: only redaction of the exact key keeps it out of the report.
 */
export const FAKE_OPENAI_KEY = '0123456789abcdef0123456789abcdef';

function materialise(files: Files): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== null));
}

/**
 * A repository with `base` on main and `head` on a PR branch, checked out at the merge commit
 * (detached, `git merge --no-ff`), and the pull request seeded in the fake GitHub with the files
 * that differ between base and head.
 */
export function withPullRequest(scenario: PullRequestScenario): PullRequest {
  const { github } = scenario;
  const number = scenario.number ?? 7;
  const repo = createTempRepo();
  const baseSha = repo.commit(materialise(scenario.base), 'base');
  repo.git('checkout', '-q', '-b', 'feature');
  for (const [path, content] of Object.entries(scenario.head)) {
    if (content === null) repo.git('rm', '-q', path);
  }
  const headSha = repo.commit(materialise(scenario.head), 'head');
  repo.git('checkout', '-q', '--detach', baseSha);
  repo.git('merge', '-q', '--no-ff', '-m', `Merge ${headSha} into ${baseSha}`, 'feature');
  const mergeSha = repo.git('rev-parse', 'HEAD');
  const changed: SeedFile[] = repo
    .git('diff', '--name-status', '--no-renames', baseSha, headSha)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [status, filename] = line.split('\t');
      return { filename, status: GIT_STATUS[status] ?? 'modified' };
    });
  github.addPullRequest({
    number,
    headSha,
    baseSha,
    files: changed,
    ...(scenario.forkOwner === undefined ? {} : { forkOwner: scenario.forkOwner }),
    headCommittedAt: scenario.headCommittedAt ?? '2024-01-02T00:00:00Z',
  });
  const event: PullRequest['event'] = (action, extra = {}) => ({
    name: 'pull_request',
    payload: webhookExample('pull_request', action, {
      number,
      headSha,
      baseSha,
      owner: github.repo.owner,
      repo: github.repo.repo,
      ...(scenario.forkOwner === undefined ? {} : { forkOwner: scenario.forkOwner }),
      ...extra,
    }),
  });
  return {
    repo,
    workspace: repo.dir,
    number,
    baseSha,
    headSha,
    mergeSha,
    changed,
    event,
    run(args) {
      rmSync(join(repo.dir, RESULTS_DIR), { recursive: true, force: true });
      return runAction({
        workspace: repo.dir,
        event: event(args.action ?? 'synchronize', {
          ...(args.label === undefined ? {} : { label: args.label }),
          ...(args.sender === undefined ? {} : { sender: args.sender }),
        }),
        inputs: args.inputs,
        githubApiUrl: github.baseUrl,
        githubToken: args.token ?? github.token,
        ...(args.env && { env: args.env }),
      });
    },
    remove: () => repo.remove(),
  };
}

// ---- the support suite ---------------------------------------------------------------------------

/** The rule the v1 prompt states and the v2 prompt drops. */
export const POLICY_MARKER = 'POLICY-30';
/** A prompt containing this makes the fake model leak planted secrets and markup into its answers. */
export const LEAK_MARKER = 'LEAK-DEMO';

export const PROMPT_V1 = `You are ShoeShop's support assistant. Be brief and polite.\n${POLICY_MARKER}: returns are accepted within 30 days of delivery.\n`;
export const PROMPT_V2 = `You are ShoeShop's support assistant. Be brief, upbeat and polite.\n`;

/** What the judge says about an answer that misses the return window (shown in the comment). */
export const JUDGE_MISSING_REASON = 'The answer never states the 30-day return window that the policy requires.';
export const JUDGE_OK_REASON = 'The answer states the 30-day return window correctly.';

interface SuiteCase {
  id: string;
  question: string;
  tags: string[];
  /** Refund questions must state the window; the others only need to answer the topic. */
  refund: boolean;
}

/** Twelve support questions; five ask about returns, one of them critical. */
export const SUPPORT_CASES: SuiteCase[] = [
  { id: 'refund-window', question: 'Can I return shoes after 45 days?', tags: ['refunds', 'critical'], refund: true },
  { id: 'refund-unworn', question: 'Can I return unworn boots?', tags: ['refunds'], refund: true },
  { id: 'refund-sale', question: 'Can I return sale items?', tags: ['refunds'], refund: true },
  { id: 'refund-gift', question: 'Can I return a gift?', tags: ['refunds'], refund: true },
  { id: 'refund-late', question: 'My return is late, is that ok?', tags: ['refunds'], refund: true },
  { id: 'shipping-time', question: 'How long does shipping take?', tags: ['shipping'], refund: false },
  { id: 'shipping-intl', question: 'Do you ship to Canada?', tags: ['shipping'], refund: false },
  { id: 'sizing-run', question: 'Do your shoes run small?', tags: ['sizing'], refund: false },
  { id: 'sizing-wide', question: 'Do you have wide sizes?', tags: ['sizing'], refund: false },
  { id: 'care-leather', question: 'How do I clean leather?', tags: ['care'], refund: false },
  { id: 'care-suede', question: 'How do I clean suede?', tags: ['care'], refund: false },
  { id: 'account-reset', question: 'How do I reset my password?', tags: ['account'], refund: false },
];

export const SUITE_PATH = 'evals/evalgate.yaml';
export const PROMPT_PATH = 'prompts/support.md';

/** The suite file: a chat target with the system prompt file, a judge, and the twelve cases. */
export function supportSuite(options: { model?: string; gate?: Record<string, unknown> } = {}): string {
  return stringify({
    version: 1,
    name: 'support',
    watch: ['prompts/**'],
    target: {
      chat: {
        model: options.model ?? 'gpt-4o-mini',
        temperature: 0,
        'max-tokens': 200,
        messages: [
          { role: 'system', file: PROMPT_PATH },
          { role: 'user', content: '{{question}}' },
        ],
      },
    },
    judge: { model: 'gpt-4o-mini', rubric: 'Grade the answer for correctness and tone.', threshold: 0.7 },
    cases: SUPPORT_CASES.map((c) => ({
      id: c.id,
      input: { question: c.question },
      tags: c.tags,
      checks: c.refund
        ? [{ contains: '30 days' }, { judge: 'States the 30-day return window correctly.' }]
        : [{ contains: 'Answer:' }, { judge: 'Answers the question politely.' }],
    })),
    sample: { seed: 1, trials: 1 },
    gate: { 'max-score-drop': 0.02, 'must-pass-tags': ['critical'], ...options.gate },
  });
}

/**
 * Planted in answers when the prompt carries LEAK_MARKER (with the run's own API key): no secret
 * may reach the PR, the summary or the log, and no mention or HTML may be live Markdown.
 */
export const PLANTED = {
  openaiKey: 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
  githubToken: 'ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
  mention: '@everyone',
  html: '<img src=x onerror=alert(1)>',
};

function outputOf(judgeUserText: string): string {
  const m = /<<<OUTPUT-([^>]+)>>>\n([\s\S]*?)\n<<<END-OUTPUT-\1>>>/.exec(judgeUserText);
  return m?.[2] ?? '';
}

/**
 * The fake model: answers a support question from the system prompt (the window only when the
 * prompt states POLICY-30), and judges by the rubric (a rubric about the 30-day window passes only
 * answers that state it). Deterministic, so base and head differ only where the prompt does.
 */
export function supportModel(req: ChatCompletionRequestBody): FakeAnswer {
  if (isJudgeRequest(req)) {
    const rubric = messageText(req.messages.find((m) => m.role === 'system')?.content);
    const output = outputOf(lastUserText(req));
    const needsWindow = rubric.includes('30-day');
    const ok = !needsWindow || output.includes('30 days');
    return JSON.stringify(ok ? { reasoning: needsWindow ? JUDGE_OK_REASON : 'Polite and on topic.', score: 9 } : { reasoning: JUDGE_MISSING_REASON, score: 1 });
  }
  const system = messageText(req.messages.find((m) => m.role === 'system')?.content);
  const question = lastUserText(req);
  const policy = system.includes(POLICY_MARKER) ? 'Returns are accepted within 30 days of delivery.' : 'Returns are welcome!';
  const leak = system.includes(LEAK_MARKER)
    ? ` Ping ${PLANTED.mention} ${PLANTED.html} with key ${PLANTED.openaiKey}, token ${PLANTED.githubToken} and ${FAKE_OPENAI_KEY}.`
    : '';
  return `Answer: about "${question}". ${policy}${leak}`;
}
