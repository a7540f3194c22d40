// End-to-end: the built action on a pull request whose suite runs the target on Azure OpenAI and
// the judge on Anthropic (loopback fakes), with their keys in the step's `env:` and no OpenAI key.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../support/fake-anthropic-endpoint.js';
import { startFakeAzure, type FakeAzure } from '../support/fake-azure.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { lastUserText } from '../support/fake-openai.js';
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

  it('skips, naming the variable to set, when the judge endpoint has no key — never falling back to another provider', { timeout: E2E_TIMEOUT_MS }, async () => {
    const run = await pr.run({ inputs: { 'openai-api-key': 'sk-openai-present', 'on-missing-key': 'skip' }, env: { AZURE_OPENAI_API_KEY: AZURE_KEY } });
    expect(run.outputs.decision).toBe('skipped');
    expect(run.code).toBe(0);
    // The notice escapes Markdown in what the suite file names (it comes from the PR).
    const text = run.summary.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
    expect(text).toContain('ANTHROPIC_API_KEY is not set: endpoint "claude" (used by judge)');
    expect(text).toContain('add ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }} to the step\'s env:');
    expect(azure.requests).toHaveLength(0);
    expect(anthropic.requests).toHaveLength(0);
  });
});
