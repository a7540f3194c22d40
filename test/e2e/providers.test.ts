// End-to-end: the built action on a pull request whose suite runs the target on Azure OpenAI and
// the judge on Anthropic (loopback fakes), with their keys in the step's `env:` and no OpenAI key.
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../support/fake-anthropic-endpoint.js';
import { startFakeAzure, type FakeAzure } from '../support/fake-azure.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { lastUserText, type FakeModel } from '../support/fake-openai.js';
import { withPullRequest, type PullRequest } from './scenarios.js';

const E2E_TIMEOUT_MS = 120_000;
const AZURE_KEY = 'azure-action-key-0123456789';
const ANTHROPIC_KEY = 'sk-ant-action-key-0123456789';
const PROMPT = 'prompts/support.md';

let github: FakeGitHub;
let azure: FakeAzure;
let anthropic: FakeAnthropic;
let pr: PullRequest;

function suite(): string {
  return `version: 1
endpoints:
  azure: { kind: azure-openai, base-url: "${azure.url}", api-version: "2024-10-21", api-key-env: AZURE_OPENAI_API_KEY, deployments: { support-mini: gpt-4o-mini } }
  claude: { kind: anthropic, base-url: "${anthropic.url}", api-key-env: ANTHROPIC_API_KEY }
target:
  chat:
    endpoint: azure
    model: support-mini
    messages:
      - { role: system, file: ${PROMPT} }
      - { role: user, content: "{{q}}" }
judge: { model: claude-test-judge, endpoint: claude }
sample: { batches: 1 }
cases:
  - { id: a, input: { q: "GOOD one" }, checks: [ { judge: "Is it good?" } ] }
  - { id: b, input: { q: "GOOD two" }, checks: [ { judge: "Is it good?" } ] }
`;
}

beforeAll(async () => {
  azure = await startFakeAzure({ deployments: { 'support-mini': 'gpt-4o-mini' }, apiKey: AZURE_KEY, model: (req) => `answer: ${lastUserText(req)}` });
  anthropic = await startFakeAnthropic({ apiKey: ANTHROPIC_KEY });
});
afterAll(async () => {
  await azure.close();
  await anthropic.close();
});
beforeEach(async () => {
  github = await startFakeGitHub();
  azure.requests.length = 0;
  anthropic.requests.length = 0;
  pr = withPullRequest({ github, base: { 'evals/evalgate.yaml': suite(), [PROMPT]: 'Be brief.\n' }, head: { [PROMPT]: 'Be brief and kind.\n' } });
});
afterEach(async () => {
  await github.close();
  pr.remove();
});

describe('the action with the target on Azure OpenAI and the judge on Anthropic', () => {
  it('evaluates with keys from the step env, masks each key at once and prints it nowhere else', { timeout: E2E_TIMEOUT_MS }, async () => {
    const run = await pr.run({ inputs: { 'openai-api-key': '' }, env: { AZURE_OPENAI_API_KEY: AZURE_KEY, ANTHROPIC_API_KEY: ANTHROPIC_KEY } });
    // Two identical cases cannot show a pass statistically; what matters is that they were evaluated.
    expect(['pass', 'inconclusive']).toContain(run.outputs.decision);
    // Both sides' targets on Azure (the prompts differ); the judge on Anthropic, grading each
    // answer once: base and head answer alike, and the response cache pays for an identical call once.
    expect(azure.answered()).toHaveLength(4);
    expect(anthropic.answered()).toHaveLength(2);
    const lines = (run.stdout + run.stderr).split('\n');
    for (const key of [AZURE_KEY, ANTHROPIC_KEY]) {
      expect(lines.filter((l) => l.includes(key))).toEqual([`::add-mask::${key}`]);
      expect(run.summary).not.toContain(key);
    }
  });

  it(
    'skips, naming the variable to set, when the judge endpoint has no key — never falling back to another provider',
    { timeout: E2E_TIMEOUT_MS },
    async () => {
      const run = await pr.run({ inputs: { 'openai-api-key': 'sk-openai-present', 'on-missing-key': 'skip' }, env: { AZURE_OPENAI_API_KEY: AZURE_KEY } });
      expect(run.outputs.decision).toBe('skipped');
      expect(run.code).toBe(0);
      // The notice escapes Markdown in what the suite file names (it comes from the PR).
      const text = run.summary.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
      expect(text).toContain('ANTHROPIC_API_KEY is not set: endpoint "claude" (used by judge)');
      expect(text).toContain("add ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }} to the step's env:");
      expect(azure.requests).toHaveLength(0);
      expect(anthropic.requests).toHaveLength(0);
    },
  );
});

describe("a pull request that points an endpoint's key at its own server", () => {
  it('is an error before any request: the key goes only where the base branch sends it', { timeout: E2E_TIMEOUT_MS }, async () => {
    const evil = await startFakeAnthropic({ apiKey: 'the-attackers-own' });
    const hostile = withPullRequest({
      github,
      base: { 'evals/evalgate.yaml': suite(), [PROMPT]: 'Be brief.\n' },
      head: { 'evals/evalgate.yaml': suite().replace(anthropic.url, evil.url) },
    });
    try {
      const run = await hostile.run({ inputs: { 'openai-api-key': '' }, env: { AZURE_OPENAI_API_KEY: AZURE_KEY, ANTHROPIC_API_KEY: ANTHROPIC_KEY } });
      expect(run.outputs.decision).toBe('error');
      expect(evil.requests).toHaveLength(0);
      expect(azure.requests).toHaveLength(0);
      const text = run.summary.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
      expect(text).toContain('endpoint "claude" in evals/evalgate.yaml reads a secret and is new or changed');
    } finally {
      hostile.remove();
      await evil.close();
    }
  });
});

/** Call lookup_order first, then answer with its result. */
const refundModel: FakeModel = (req) => {
  const tool = req.messages.find((m) => m.role === 'tool');
  if (!tool) return { content: null, tool_calls: [{ id: 'call_lookup', name: 'lookup_order', arguments: '{"order_id":"A1001"}' }] };
  return `Order A1001 is ${(JSON.parse(String(tool.content)) as { status: string }).status}.`;
};

describe('the action with a Responses API agent forwarded to Azure OpenAI and the judge on Anthropic', () => {
  let agentAzure: FakeAzure;
  let agentPr: PullRequest;
  const agentSuite = (note: string): string => `version: 1
endpoints:
  azure: { kind: azure-openai, base-url: "${agentAzure.url}", api-version: "2025-03-01-preview", api-key-env: AZURE_OPENAI_API_KEY, deployments: { agent-mini: gpt-4o-mini } }
  claude: { kind: anthropic, base-url: "${anthropic.url}", api-key-env: ANTHROPIC_API_KEY }
target:
  command:
    run: ${JSON.stringify(`${JSON.stringify(process.execPath)} ${JSON.stringify(resolve('test/fixtures/agents/responses-agent.mjs'))}`)}
    timeout: 30s
    env: { AGENT_MODEL: agent-mini }
    endpoints: { openai: azure }
judge: { model: claude-test-judge, endpoint: claude }
sample: { batches: 1 }
# ${note}
cases:
  - { id: a, input: { question: "Where is A1001? GOOD" }, checks: [ { tools: { must-call: [lookup_order] } }, { judge: "Is it good?" } ] }
`;
  beforeAll(async () => {
    agentAzure = await startFakeAzure({ deployments: { 'agent-mini': 'gpt-4o-mini-azure-snapshot' }, apiKey: AZURE_KEY, model: refundModel });
  });
  afterAll(async () => agentAzure.close());
  beforeEach(() => {
    agentAzure.requests.length = 0;
    agentPr = withPullRequest({ github, base: { 'evals/evalgate.yaml': agentSuite('base') }, head: { 'evals/evalgate.yaml': agentSuite('head') } });
    return () => agentPr.remove();
  });

  it('records the agent on Azure through the proxy, priced by deployment, with no OpenAI key; masks both keys', { timeout: E2E_TIMEOUT_MS }, async () => {
    // agent-user off: this test is about endpoints, and its agent imports the openai SDK from this
    // checkout's node_modules, which the unprivileged agent user cannot read when the checkout sits
    // in a private folder (a clean clone under mktemp -d). Isolation has its own tests.
    const run = await agentPr.run({
      inputs: { 'openai-api-key': '', 'agent-user': 'off' },
      env: { AZURE_OPENAI_API_KEY: AZURE_KEY, ANTHROPIC_API_KEY: ANTHROPIC_KEY },
    });
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(['pass', 'inconclusive']).toContain(run.outputs.decision);
    // Each side's agent: two Responses calls in Azure's layout with the endpoint's key.
    expect(agentAzure.answered().length).toBeGreaterThanOrEqual(2);
    expect(
      agentAzure.requests.every(
        (q) => q.path === '/openai/responses' && q.deployment === 'agent-mini' && q.headers['api-key'] === AZURE_KEY && q.status === 200,
      ),
    ).toBe(true);
    expect(anthropic.answered().length).toBeGreaterThanOrEqual(1);
    // The trace reaches the comment: the tool the agent called, and a known (non-zero) cost.
    expect(run.summary).toContain('lookup_order');
    // The agent's calls are priced (gpt-4o-mini, by the deployments map); only the unpriced judge model is unknown.
    expect(run.summary).toMatch(/\| Cost per 1k cases \| \$0\.0\d+ \| \$0\.0\d+ \|/);
    expect(run.summary).toContain('Cost unknown for `claude-test-judge`');
    expect(run.summary).not.toMatch(/Cost unknown for[^\n]*(agent-mini|snapshot)/);
    const lines = (run.stdout + run.stderr).split('\n');
    for (const key of [AZURE_KEY, ANTHROPIC_KEY]) {
      expect(lines.filter((l) => l.includes(key))).toEqual([`::add-mask::${key}`]);
      expect(run.summary).not.toContain(key);
    }
  });
});
