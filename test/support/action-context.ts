// A SuiteContext for in-process tests of the action's modes, built as run() builds one, with the
// production GitHub client pointed at the fake API (retry waits shrunk, no write spacing).
import { join } from 'node:path';
import { createSuiteContext, type PrContext, type SuiteContext } from '../../src/action/context.js';
import { loadSuite } from '../../src/config/load.js';
import type { EventContext } from '../../src/github/context.js';
import { readInputs } from '../../src/inputs.js';
import { createRedactor } from '../../src/report/redact.js';
import { clientFor, type FakeGitHub, type SeedPullRequest } from './fake-github.js';

/** A suite at `evals/evalgate.yaml` that watches `prompts/**`. */
export const ONE_CASE_SUITE = `version: 1
watch: [prompts/**]
target:
  chat:
    model: gpt-4o-mini
    messages:
      - { role: user, content: "{{question}}" }
cases:
  - id: greeting
    input: { question: "hello?" }
    checks: [ { contains: "hello" } ]
`;

export interface ActionSuiteContextArgs {
  fake: FakeGitHub;
  /** The checkout, holding the suite at the `config` input's path. */
  workspace: string;
  /** Action inputs by action.yml name; the rest take their defaults. */
  inputs: Record<string, string>;
  mode: 'gate' | 'merge';
  /** Seeded into the fake; the event names it. */
  pr: SeedPullRequest;
  /** The event's action (`synchronize`, `labeled`, …). */
  action?: string;
}

export async function actionSuiteContext(args: ActionSuiteContextArgs): Promise<SuiteContext> {
  const { fake, workspace, pr } = args;
  fake.addPullRequest(pr);
  const pullRequest = { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha, isFork: false };
  const event: EventContext = {
    eventName: 'pull_request',
    action: args.action ?? 'synchronize',
    repo: fake.repo,
    sha: pr.headSha,
    workspace,
    apiUrl: fake.baseUrl,
    serverUrl: 'https://github.com',
    runUrl: null,
    runId: '1',
    pullRequest,
    label: null,
    sender: 'author',
    runAttempt: 1,
    defaultBranch: 'main',
    ref: `refs/pull/${pr.number}/merge`,
  };
  const inputs = readInputs((name) => args.inputs[name] ?? '');
  const prContext: PrContext = {
    inputs,
    event,
    resultsDir: join(workspace, inputs.resultsDir),
    signal: new AbortController().signal,
    policy: { redact: createRedactor([]) },
    mode: args.mode,
    github: clientFor(fake),
    repo: fake.repo,
    pr: pullRequest,
  };
  return createSuiteContext(prContext, await loadSuite(workspace, inputs.config));
}
